/** A spec that breaks many rules, with names that do not resolve: most rules' findings in one file. */
export const BROKEN = `service Dinner {
    audience Guest {
        pace urgent
    }
    actor Waiter frontstage
    actor Waiter frontstage
    actor Kitchen backstage
    actor Idle frontstage
    system IVR support
    prop Menu "Printed menu"

    scene Empty {
    }

    scene Ordering {
        budget 1 min
        touchpoint Order face-to-face {
            expect responsiveness "quick"
        }
        touchpoint Call phone {
            moment bad-news
            customer "calls"
            IVR "answers"
            expect reliability "right" within 2 min
        }
        touchpoint Prepare face-to-face {
            Kitchen "cooks"
            expect reliability "hot" within 2 min
        }
        touchpoint Kiosk remote {
            customer "taps"
            risk Frozen "the screen freezes"
        }
        touchpoint Help face-to-face {
            customer "asks"
            Waiter "helps"
            Nobody "helps too"
            evidence Napkin
            applies Missing
        }
    }
}
`;
