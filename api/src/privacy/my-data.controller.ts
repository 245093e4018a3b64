import { Body, Controller, Delete, Get, Header, HttpCode, Param, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import type { DeleteMyDataResponse, MyDataExport, MyInputTraceResponse } from '@inbreng/contracts';
import { Public } from '../common/access.decorators';
import { ReturnCodeParams } from '../submissions/dto/round-slug.params';
import { DeleteMyDataDto } from './dto/my-data.dto';
import { MyDataService } from './my-data.service';

/** "Mijn inbreng": follow, download and delete your own input with your return code. */
@ApiTags('public')
@Controller('public/my-input/:returnCode')
@UseGuards(ThrottlerGuard)
@SkipThrottle({ 'login-ip': true, 'login-account': true })
export class MyDataController {
  constructor(private readonly myData: MyDataService) {}

  @Public()
  @Get('trace')
  @Header('Cache-Control', 'no-store')
  trace(@Param() p: ReturnCodeParams): Promise<MyInputTraceResponse> {
    return this.myData.trace(p.returnCode);
  }

  @Public()
  @Get('export')
  @Header('Cache-Control', 'no-store')
  @Header('Content-Disposition', 'attachment; filename="mijn-inbreng.json"')
  @ApiOkResponse({ description: 'A JSON file with everything sent with this return code.' })
  export(@Param() p: ReturnCodeParams): Promise<MyDataExport> {
    return this.myData.export(p.returnCode);
  }

  @Public()
  @Delete()
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  remove(@Param() p: ReturnCodeParams, @Body() _confirmed: DeleteMyDataDto): Promise<DeleteMyDataResponse> {
    return this.myData.deleteAll(p.returnCode);
  }
}
