// Idiom: a per-block "shared memory" tile as stackalloc — each block copies its row into the tile, reduces the tile, and
// writes back; blocks run one after another on the host (a CPU fallback of a GPU kernel).
// Use: row softmax over span views of a batch; cols is bounded by the tile size.
// Layout: ReadOnlySpan<float> input / Span<float> output, row-major, row r = input.Slice(r * cols, cols).
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut96.StackTile_SpanRows;

public static class TiledSoftmax
{
    private const int TileSize = 256;

    public static void Forward(ReadOnlySpan<float> input, Span<float> output, int cols)
    {
        if (cols > TileSize) throw new ArgumentOutOfRangeException(nameof(cols));
        Span<float> tile = stackalloc float[TileSize];
        int blocks = input.Length / cols;

        for (int block = 0; block < blocks; block++)
        {
            ReadOnlySpan<float> src = input.Slice(block * cols, cols);
            Span<float> dst = output.Slice(block * cols, cols);
            Span<float> t = tile[..cols];
            src.CopyTo(t);

            float mx = t[0];
            for (int i = 1; i < t.Length; i++)
            {
                mx = MathF.Max(mx, t[i]);
            }

            float acc = 0f;
            for (int i = 0; i < t.Length; i++)
            {
                t[i] = MathF.Exp(t[i] - mx);
                acc += t[i];
            }

            for (int i = 0; i < t.Length; i++)
            {
                dst[i] = t[i] / acc;
            }
        }
    }
}
