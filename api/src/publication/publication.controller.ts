import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { PublicAgendaResponse } from '@inbreng/contracts';
import { Public } from '../common/access.decorators';
import { RoundSlugParams } from '../submissions/dto/round-slug.params';
import { agendaPdf, datasetCsv, datasetXlsx } from './publication.exports';
import { PublicationService } from './publication.service';

const file = (buf: Buffer, type: string, name: string) =>
  new StreamableFile(buf, { type, disposition: `attachment; filename="${name}"`, length: buf.length });

/** The published agenda and anonymised round data: public once a round is published. */
@ApiTags('public')
@Controller('public/rounds/:slug')
export class PublicationController {
  constructor(private readonly publication: PublicationService) {}

  @Public()
  @Get('agenda')
  agenda(@Param() p: RoundSlugParams): Promise<PublicAgendaResponse> {
    return this.publication.agenda(p.slug);
  }

  @Public()
  @Get('agenda.pdf')
  @ApiProduces('application/pdf')
  async pdf(@Param() p: RoundSlugParams): Promise<StreamableFile> {
    return file(
      await agendaPdf(await this.publication.agenda(p.slug)),
      'application/pdf',
      `agenda-${p.slug}.pdf`,
    );
  }

  @Public()
  @Get('data.json')
  @Header('Cache-Control', 'no-store')
  async json(@Param() p: RoundSlugParams): Promise<StreamableFile> {
    const data = await this.publication.dataset(p.slug);
    return file(Buffer.from(JSON.stringify(data, null, 2)), 'application/json', `inbreng-${p.slug}.json`);
  }

  @Public()
  @Get('data.csv')
  @ApiProduces('text/csv')
  async csv(@Param() p: RoundSlugParams): Promise<StreamableFile> {
    return file(
      await datasetCsv(await this.publication.dataset(p.slug)),
      'text/csv; charset=utf-8',
      `inbreng-${p.slug}.csv`,
    );
  }

  @Public()
  @Get('data.xlsx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async xlsx(@Param() p: RoundSlugParams): Promise<StreamableFile> {
    return file(
      await datasetXlsx(await this.publication.dataset(p.slug)),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      `inbreng-${p.slug}.xlsx`,
    );
  }
}
