import type { DesignedService } from '../../src/survey/design.js';

/**
 * A small survey whose numbers are worked out by hand in the tests. In wave 2026-06-01:
 * Pay·reliability pools two rows: E = (6·30 + 7·10) / 40 = 6.25, P = (5·30 + 4·10) / 40 = 4.75, gap −1.5, n 40;
 * Pay·assurance +0.5 (n 20, not designed there); Order·reliability +0.5 (n 50); the service-level empathy −1 (n 10).
 * In wave 2026-05 (written last, but earlier by date): Pay·reliability 0 (n 20), Order·reliability +1 (n 10).
 */
export const SURVEY_CSV = `# invented numbers, for the tests
wave,service,touchpoint,element,expectation,perception,respondents
2026-06-01,Svc,Pay,reliability,6,5,30
2026-06-01,Svc,Pay,reliability,7,4,10
2026-06-01,Svc,Pay,friendliness,5,5.5,20
2026-06-01,Svc,Order,可靠性,6,6.5,50
2026-06-01,Svc,,empathy,5,4,10
2026-05,Svc,Pay,reliability,6,6,20
2026-05,Svc,Order,reliability,6,7,10
`;

/** The design of the spec below, as designOf reads it. */
export const DESIGNS: DesignedService[] = [{
    name: 'Svc',
    touchpoints: [
        { name: 'Order', trial: false, elements: ['reliability', 'tangibles'] },
        { name: 'Pay', trial: true, elements: ['reliability', 'responsiveness'] }
    ]
}];

export const SPEC = `service Svc {
    actor Waiter frontstage

    scene Main {
        touchpoint Order face-to-face {
            customer "orders"
            Waiter "takes the order"
            expect reliability "the order is right"
            expect tangibles "a clean menu"
        }
        touchpoint Pay face-to-face {
            moment bad-news trial
            customer "pays"
            Waiter "takes the card"
            expect reliability "the payment goes through"
            expect responsiveness "settled" within 2 min
            risk Offline "the reader is offline" {
                recovery "offer cash" by Waiter within 2 min
            }
        }
    }
}
`;
