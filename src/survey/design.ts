import { FIVE_ELEMENTS, elementOf, expectationsOf, touchpointsOf, type FiveElement } from '../language/rules/spec-facts.js';
import type { Service } from '../language/generated/ast.js';

// The designed side of a service, as the survey is compared with it: its touchpoints, which of them
// are moments of trial, and the elements each one states an expectation for.

export interface DesignedTouchpoint {
    name: string;
    title?: string;
    trial: boolean;
    /** The elements of its expectations, own and from applied norms, in the canonical order. */
    elements: FiveElement[];
}

export interface DesignedService {
    name: string;
    title?: string;
    touchpoints: DesignedTouchpoint[];
}

export function designOf(service: Service): DesignedService {
    return {
        name: service.name ?? '',
        ...(service.title ? { title: service.title } : {}),
        touchpoints: touchpointsOf(service).filter(touchpoint => touchpoint.name).map(touchpoint => {
            const elements = new Set(expectationsOf(touchpoint).map(elementOf));
            return {
                name: touchpoint.name,
                ...(touchpoint.title ? { title: touchpoint.title } : {}),
                trial: touchpoint.moment?.trial === true,
                elements: FIVE_ELEMENTS.filter(element => elements.has(element))
            };
        })
    };
}
