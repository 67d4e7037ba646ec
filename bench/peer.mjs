// The peer: Langium's own domain-model example language (npm package langium-domainmodel-dsl), built
// in the same process on the same machine, on workspaces of the same size as ours.
//
// The package ships a benchmark (out/benchmark), but its generator names a feature `entity`, which is a
// keyword of the language, so every file it makes is full of syntax errors and the build mostly times
// error recovery. The generator below writes valid domain models of the shape the example documents:
// packages of datatypes and entities with features, `many` features and `extends`, referring to types
// in other packages and files by qualified name.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createBuilder } from './build.mjs';
import { createRandom } from './generate.mjs';

const require = createRequire(import.meta.url);
const peerDirectory = path.dirname(require.resolve('langium-domainmodel-dsl/package.json'));

/** The Langium the peer was built with: its own nested copy, else the one next to it. */
async function importPeerLangium() {
    const peerRequire = createRequire(path.join(peerDirectory, 'package.json'));
    for (const directory of peerRequire.resolve.paths('langium') ?? []) {
        const entry = path.join(directory, 'langium', 'lib', 'index.js');
        if (fs.existsSync(entry)) {
            const version = JSON.parse(fs.readFileSync(path.join(directory, 'langium', 'package.json'), 'utf8')).version;
            return { langium: await import(pathToFileURL(entry).href), version };
        }
    }
    throw new Error('cannot find the Langium that langium-domainmodel-dsl uses');
}

export async function createPeerBuilder() {
    const { langium, version: langiumVersion } = await importPeerLangium();
    const { createDomainModelServices } = await import(pathToFileURL(path.join(peerDirectory, 'out', 'language-server', 'domain-model-module.js')).href);
    const { shared, domainmodel } = createDomainModelServices(langium.EmptyFileSystem);
    const peerVersion = JSON.parse(fs.readFileSync(path.join(peerDirectory, 'package.json'), 'utf8')).version;
    return {
        builder: createBuilder({ shared, language: domainmodel, URI: langium.URI, DocumentState: langium.DocumentState, extension: 'dmodel' }),
        name: `langium-domainmodel-dsl ${peerVersion} (Langium ${langiumVersion})`
    };
}

const FEATURE_NAMES = ['title', 'name', 'amount', 'createdAt', 'owner', 'status', 'items', 'notes', 'address', 'price', 'quantity'];
/** About the size of one of our services: a large file holds many packages, as ours holds many services. */
const PACKAGE_BYTES = 3500;

/**
 * A domain model file of about `bytes` bytes: packages of datatypes and entities. The first package
 * refers to the first package of file i − 1, each later one to the package before it.
 */
export function generateDomainModel(fileIndex, fileCount, bytes, seed = 1) {
    const random = createRandom(seed * 7919 + fileIndex);
    const lines = [`// Domain model ${fileIndex + 1} of ${fileCount}`];
    let size = lines[0].length + 1;
    for (let pack = 0; pack === 0 || size < bytes - 200; pack++) {
        const own = `shop${fileIndex}_${pack}`;
        const other = pack === 0 ? `shop${(fileIndex + fileCount - 1) % fileCount}_0` : `shop${fileIndex}_${pack - 1}`;
        const packageLines = [`package ${own} {`, '    datatype String', '    datatype Int', '    datatype Date', ''];
        let packageSize = 0;
        const limit = Math.min(PACKAGE_BYTES, bytes - size);
        for (let entity = 0; entity < 3 || packageSize < limit - 60; entity++) {
            const superType = entity === 0 ? ` extends ${other}.Entity0` : random.chance(0.3) ? ` extends Entity${random.int(0, entity - 1)}` : '';
            const entityLines = [`    entity Entity${entity}${superType} {`];
            const featureCount = random.int(3, 8);
            for (let feature = 0; feature < featureCount; feature++) {
                const type = random.chance(0.6) ? random.pick(['String', 'Int', 'Date'])
                    : random.chance(0.5) || entity === 0 ? `${other}.Entity${random.int(0, 2)}` : `Entity${random.int(0, entity - 1)}`;
                entityLines.push(`        ${random.chance(0.2) ? 'many ' : ''}${random.pick(FEATURE_NAMES)}${feature}: ${type}`);
            }
            entityLines.push('    }', '');
            packageLines.push(...entityLines);
            packageSize += entityLines.join('\n').length + 1;
        }
        packageLines.push('}', '');
        lines.push(...packageLines);
        size += packageLines.join('\n').length + 1;
    }
    return lines.join('\n');
}

/** Domain model files matching ours one for one in name and size. */
export function matchingDomainModels(files) {
    return files.map((file, index) => ({
        name: file.name.replace(/\.drama$/, '.dmodel'),
        text: generateDomainModel(index, files.length, Buffer.byteLength(file.text))
    }));
}
