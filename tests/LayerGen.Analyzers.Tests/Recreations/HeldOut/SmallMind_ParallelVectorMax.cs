// Re-creation (our own code) of SoftmaxOps.Softmax2D / SoftmaxRowIndexed in justinamiller/SmallMind,
// src/SmallMind.Core/Simd/SoftmaxOps.cs: a flat [rows, cols] buffer, Parallel.For over rows, the row maximum found
// with System.Numerics.Vector<float> plus a scalar tail, scalar exps, then a Vector<float> multiply by 1/sum.
// Layout: flat float[], row offset r * cols, inside a Parallel.For lambda. Correct.
using System;
using System.Numerics;
using System.Threading.Tasks;

namespace HeldOut.SmallMindParallelVectorMax;

public static class SoftmaxOps
{
    public static void Softmax2D(float[] input, float[] output, int rows, int cols)
    {
        Parallel.For(0, rows, r =>
        {
            int offset = r * cols;
            int width = Vector<float>.Count;
            var maxVec = new Vector<float>(float.NegativeInfinity);
            int j = 0;
            for (; j <= cols - width; j += width)
            {
                maxVec = Vector.Max(maxVec, new Vector<float>(input, offset + j));
            }

            float max = float.NegativeInfinity;
            for (int k = 0; k < width; k++)
            {
                max = MathF.Max(max, maxVec[k]);
            }

            for (; j < cols; j++)
            {
                max = MathF.Max(max, input[offset + j]);
            }

            float sum = 0f;
            for (int c = 0; c < cols; c++)
            {
                float e = MathF.Exp(input[offset + c] - max);
                output[offset + c] = e;
                sum += e;
            }

            float inverse = 1f / sum;
            var scale = new Vector<float>(inverse);
            int n = 0;
            for (; n <= cols - width; n += width)
            {
                (new Vector<float>(output, offset + n) * scale).CopyTo(output, offset + n);
            }

            for (; n < cols; n++)
            {
                output[offset + n] *= inverse;
            }
        });
    }
}
