// The blueprint preview's page script. The extension sends the blueprint as an <svg> element drawn
// by the language server; this script swaps it in place (so scroll and zoom stay), keeps the row
// labels in sight while scrolling sideways, zooms, and reports clicks on items.
// @ts-check
(function () {
    // @ts-ignore acquireVsCodeApi is provided by the webview host.
    const vscode = acquireVsCodeApi();
    const strings = JSON.parse(document.body.dataset.strings || '{}');
    const viewport = /** @type {HTMLElement} */ (document.getElementById('viewport'));
    const blueprint = /** @type {HTMLElement} */ (document.getElementById('blueprint'));
    const labels = /** @type {HTMLElement} */ (document.getElementById('labels'));
    const status = /** @type {HTMLElement} */ (document.getElementById('status'));
    const picker = /** @type {HTMLSelectElement} */ (document.getElementById('service'));
    const pickerLabel = /** @type {HTMLElement} */ (document.querySelector('.service-picker'));
    const zoomReset = /** @type {HTMLElement} */ (document.getElementById('zoom-reset'));

    const MIN_ZOOM = 0.2;
    const MAX_ZOOM = 3;
    const state = Object.assign({ zoom: 1, scrollLeft: 0, scrollTop: 0 }, vscode.getState() || {});
    let restoreScroll = true;

    /** @returns {SVGSVGElement | null} */
    function currentSvg() {
        return blueprint.querySelector('svg');
    }

    function saveState() {
        state.scrollLeft = viewport.scrollLeft;
        state.scrollTop = viewport.scrollTop;
        vscode.setState(state);
    }

    /** Sizes the drawing for the zoom; the viewBox keeps the drawing's own coordinates. */
    function applyZoom() {
        const svg = currentSvg();
        zoomReset.textContent = `${Math.round(state.zoom * 100)}%`;
        if (!svg) return;
        const box = svg.viewBox.baseVal;
        svg.setAttribute('width', String(box.width * state.zoom));
        svg.setAttribute('height', String(box.height * state.zoom));
        const strip = labels.querySelector('svg');
        if (strip) {
            const stripBox = strip.viewBox.baseVal;
            strip.setAttribute('width', String(stripBox.width * state.zoom));
            strip.setAttribute('height', String(stripBox.height * state.zoom));
            blueprint.style.marginLeft = `${-stripBox.width * state.zoom}px`;
        }
    }

    /** Zooms around a point of the viewport, so that what is under the pointer stays there. */
    function zoomTo(zoom, clientX, clientY) {
        const next = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
        const rect = viewport.getBoundingClientRect();
        const x = (clientX ?? rect.left + rect.width / 2) - rect.left;
        const y = (clientY ?? rect.top + rect.height / 2) - rect.top;
        const contentX = (viewport.scrollLeft + x) / state.zoom;
        const contentY = (viewport.scrollTop + y) / state.zoom;
        state.zoom = next;
        applyZoom();
        viewport.scrollLeft = contentX * next - x;
        viewport.scrollTop = contentY * next - y;
        saveState();
    }

    /** A copy of the label column in its own drawing, stuck to the left edge of the viewport. */
    function buildLabelStrip(svg) {
        labels.replaceChildren();
        const column = svg.querySelector('.sd-label-strip');
        const columnRect = svg.querySelector('.sd-label-column');
        if (!column || !columnRect) {
            blueprint.style.marginLeft = '0';
            return;
        }
        const width = Number(columnRect.getAttribute('width'));
        const height = svg.viewBox.baseVal.height;
        const strip = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        strip.setAttribute('class', svg.getAttribute('class') || '');
        strip.setAttribute('font-family', svg.getAttribute('font-family') || '');
        strip.setAttribute('viewBox', `0 0 ${width} ${height}`);
        strip.appendChild(column.cloneNode(true));
        labels.appendChild(strip);
    }

    function updateServices(services, selected) {
        const list = Array.isArray(services) ? services : [];
        pickerLabel.hidden = list.length < 2;
        const same = picker.options.length === list.length && list.every((name, index) => picker.options[index].value === name);
        if (!same) {
            picker.replaceChildren(...list.map(name => {
                const option = document.createElement('option');
                option.value = name;
                option.textContent = name;
                return option;
            }));
        }
        if (selected) picker.value = selected;
    }

    function showStatus(text) {
        status.textContent = text || '';
        status.hidden = !text;
    }

    /** Remembers what is shown, so that VS Code can bring this preview back after a reload. */
    function rememberShown(message) {
        if (!message.document) return;
        state.document = message.document;
        state.service = message.service;
        vscode.setState(state);
    }

    window.addEventListener('message', event => {
        const message = event.data;
        rememberShown(message);
        if (message.type === 'update') {
            const { scrollLeft, scrollTop } = viewport;
            const focused = document.activeElement && document.activeElement.closest && document.activeElement.closest('.sd-item');
            const focusKey = focused ? itemKey(focused) : undefined;
            // One synchronous swap: the old drawing stays until the new one is in place, so nothing flickers.
            blueprint.innerHTML = message.svg;
            const svg = currentSvg();
            if (svg) buildLabelStrip(svg);
            applyZoom();
            if (restoreScroll) {
                viewport.scrollLeft = state.scrollLeft;
                viewport.scrollTop = state.scrollTop;
                restoreScroll = false;
            } else {
                viewport.scrollLeft = scrollLeft;
                viewport.scrollTop = scrollTop;
            }
            if (focusKey) {
                const again = Array.from(blueprint.querySelectorAll('.sd-item')).find(item => itemKey(item) === focusKey);
                if (again instanceof SVGElement) again.focus({ preventScroll: true });
            }
            updateServices(message.services, message.service);
            showStatus('');
        } else if (message.type === 'rasterise') {
            rasterise(message);
        } else if (message.type === 'status') {
            if (message.services) updateServices(message.services);
            // With no service left to draw, an old drawing would mislead; after a failure it stays.
            if (message.clear) {
                blueprint.replaceChildren();
                labels.replaceChildren();
            }
            showStatus(message.text);
        }
    });

    function itemKey(item) {
        return ['start-line', 'start-character', 'end-line', 'end-character'].map(name => item.getAttribute(`data-${name}`)).join(':');
    }

    function rangeOf(item) {
        const number = name => Number(item.getAttribute(`data-${name}`));
        return {
            start: { line: number('start-line'), character: number('start-character') },
            end: { line: number('end-line'), character: number('end-character') }
        };
    }

    blueprint.addEventListener('click', event => {
        const target = /** @type {Element} */ (event.target);
        const item = target.closest('.sd-item');
        if (item) vscode.postMessage({ type: 'reveal', range: rangeOf(item) });
    });
    blueprint.addEventListener('keydown', event => {
        const target = /** @type {Element} */ (event.target);
        if ((event.key === 'Enter' || event.key === ' ') && target.classList.contains('sd-item')) {
            event.preventDefault();
            vscode.postMessage({ type: 'reveal', range: rangeOf(target) });
        }
    });

    document.getElementById('export')?.addEventListener('click', () => vscode.postMessage({ type: 'export' }));

    /** Draws a standalone SVG on a canvas and returns it as PNG in base64, for the extension to save. */
    function rasterise(message) {
        const image = new Image();
        image.onload = () => {
            try {
                const canvas = document.createElement('canvas');
                canvas.width = Math.round(image.naturalWidth * message.scale);
                canvas.height = Math.round(image.naturalHeight * message.scale);
                const context = canvas.getContext('2d');
                if (!context) throw new Error('no canvas');
                context.fillStyle = '#ffffff';
                context.fillRect(0, 0, canvas.width, canvas.height);
                context.drawImage(image, 0, 0, canvas.width, canvas.height);
                const png = canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
                vscode.postMessage({ type: 'rasterised', id: message.id, png });
            } catch (error) {
                vscode.postMessage({ type: 'rasterised', id: message.id, error: String(error) });
            }
        };
        image.onerror = () => vscode.postMessage({ type: 'rasterised', id: message.id, error: 'the drawing could not be loaded' });
        const bytes = new TextEncoder().encode(message.svg);
        let binary = '';
        for (const byte of bytes) binary += String.fromCharCode(byte);
        image.src = `data:image/svg+xml;base64,${btoa(binary)}`;
    }

    picker.addEventListener('change', () => vscode.postMessage({ type: 'selectService', service: picker.value }));

    viewport.addEventListener('wheel', event => {
        if (!event.ctrlKey && !event.metaKey) return;
        event.preventDefault();
        zoomTo(state.zoom * Math.exp(-event.deltaY * 0.002), event.clientX, event.clientY);
    }, { passive: false });
    document.getElementById('zoom-in')?.addEventListener('click', () => zoomTo(state.zoom * 1.25));
    document.getElementById('zoom-out')?.addEventListener('click', () => zoomTo(state.zoom / 1.25));
    zoomReset.addEventListener('click', () => zoomTo(1));

    let saveTimer;
    viewport.addEventListener('scroll', () => {
        clearTimeout(saveTimer);
        saveTimer = setTimeout(saveState, 150);
    });

    showStatus(strings.loading);
    applyZoom();
    vscode.postMessage({ type: 'ready' });
}());
