import { DefaultConfigurationProvider } from 'langium';

/** The settings live under `serviceDrama.*` in VS Code, not under the language id. */
export class ServiceDramaConfigurationProvider extends DefaultConfigurationProvider {
    protected override toSectionName(): string {
        return 'serviceDrama';
    }
}
