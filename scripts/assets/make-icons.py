# Draws the toolbar icons (a keyhole on a dark rounded square) as PNGs with the standard library only.
import struct, zlib, sys
def png(size):
    rows = []
    r = size / 2
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            cx, cy = x + 0.5, y + 0.5
            # rounded square
            inset = size * 0.18
            dx = max(abs(cx - r) - (r - inset), 0); dy = max(abs(cy - r) - (r - inset), 0)
            inside = dx * dx + dy * dy <= inset * inset
            # keyhole: circle plus trapezoid
            hole_c = (cx - r) ** 2 + (cy - size * 0.40) ** 2 <= (size * 0.13) ** 2
            hole_t = size * 0.40 <= cy <= size * 0.74 and abs(cx - r) <= size * 0.05 + (cy - size * 0.40) * 0.18
            if inside and not (hole_c or hole_t):
                row += bytes([0x1f, 0x3b, 0x5c, 255])
            elif inside:
                row += bytes([0xf5, 0xc5, 0x42, 255])
            else:
                row += bytes([0, 0, 0, 0])
        rows.append(bytes(row))
    raw = zlib.compress(b''.join(rows), 9)
    def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) + chunk(b'IDAT', raw) + chunk(b'IEND', b'')
for s in (16, 32, 48, 128):
    open(f'{sys.argv[1]}/icon-{s}.png', 'wb').write(png(s))
