/** A spec bundled as text (esbuild's text loader): the page's first spec when it has no folder. */
declare module '*.drama' {
    const text: string;
    export default text;
}
