import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { serveWebApp } from './web-app';

@Controller()
class ServerRoutes {
  @Get('health')
  health(): { status: string } {
    return { status: 'ok' };
  }
}

@Module({ controllers: [ServerRoutes] })
class ServerRoutesModule {}

describe('serveWebApp', () => {
  let webRoot: string;
  let app: NestFastifyApplication;
  const get = (url: string, accept = 'text/html,application/xhtml+xml,*/*;q=0.8') =>
    app.getHttpAdapter().getInstance().inject({ method: 'GET', url, headers: { accept } });

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'bw-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Boardwalk</title>');
    writeFileSync(join(webRoot, 'assets', 'index-abc123.js'), 'console.log(1);');
    writeFileSync(join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    app = await NestFactory.create<NestFastifyApplication>(
      ServerRoutesModule,
      new FastifyAdapter(),
      { logger: false },
    );
    await serveWebApp(app, webRoot);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('answers client-side routes with index.html, never cached and with a CSP', async () => {
    for (const path of ['/', '/b/cooking', '/b/cooking/t/1?page=2', '/admin/growth']) {
      const page = await get(path);
      expect([path, page.statusCode]).toEqual([path, 200]);
      expect(page.body).toContain('<title>Boardwalk</title>');
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['content-security-policy']).toContain("default-src 'self'");
      expect(page.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('caches hashed assets for good, and other files only with revalidation', async () => {
    const asset = await get('/assets/index-abc123.js', '*/*');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await get('/favicon.svg', '*/*');
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['cache-control']).not.toContain('immutable');
  });

  it('leaves server paths and JSON clients to the server: its routes or a 404', async () => {
    expect((await get('/health')).json()).toEqual({ status: 'ok' });
    for (const path of ['/graphql', '/socket.io/', '/admin/growth.csv', '/me/export']) {
      const answer = await get(path);
      expect([path, answer.statusCode]).toEqual([path, 404]);
    }
    const json = await get('/b/cooking', 'application/json');
    expect(json.statusCode).toBe(404);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    const missingAsset = await get('/assets/gone-123.js', '*/*');
    expect(missingAsset.statusCode).toBe(404);
  });
});
