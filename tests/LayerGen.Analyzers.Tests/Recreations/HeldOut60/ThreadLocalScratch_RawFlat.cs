// HeldOut60 — idiom: a ThreadLocal<float[]> scratch row over a flat buffer, Parallel.For over rows
// (embedding-similarity service turning dot products into attention-like weights).
// Layout: flat float[] row-major, offset row * cols; scratch float[cols] per thread.
// Bug (LG0003): the scratch holds exp of the raw logits, no maximum subtracted.
using System;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut60.ThreadLocalScratch_RawFlat;

public static class SimilarityWeights
{
    private static readonly ThreadLocal<float[]?> Scratch = new(() => null);

    public static void Normalise(float[] logits, float[] weights, int rows, int cols)
    {
        Parallel.For(0, rows, row =>
        {
            float[]? buffer = Scratch.Value;
            if (buffer is null || buffer.Length < cols)
            {
                buffer = new float[cols];
                Scratch.Value = buffer;
            }

            int offset = row * cols;
            float z = 0f;
            for (int j = 0; j < cols; j++)
            {
                buffer[j] = MathF.Exp(logits[offset + j]); //~ LG0003
                z += buffer[j];
            }

            for (int j = 0; j < cols; j++)
            {
                weights[offset + j] = buffer[j] / z;
            }
        });
    }
}
