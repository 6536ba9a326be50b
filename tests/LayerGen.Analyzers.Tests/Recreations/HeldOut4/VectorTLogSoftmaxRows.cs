// Source: SIMD log-softmax kernels in C# (System.Numerics.Vector<T> inference code, Whisper/TTS decoder ports that
// keep log-probabilities for beam search): vector max per row, scalar log-sum-exp.
// Layout: row-major [rows, cols] float; Vector<float> max over full chunks plus a scalar tail; output = log-probs.
// Correct.
using System;
using System.Numerics;

namespace LayerGen.HeldOut4.VectorTLogSoftmaxRows;

public static class VectorLogSoftmax
{
    public static void Forward(float[] x, float[] logProbs, int rows, int cols)
    {
        int width = Vector<float>.Count;
        for (int r = 0; r < rows; r++)
        {
            var row = new ReadOnlySpan<float>(x, r * cols, cols);
            float max = float.NegativeInfinity;
            int c = 0;
            if (cols >= width)
            {
                var vmax = new Vector<float>(row);
                for (c = width; c <= cols - width; c += width)
                    vmax = Vector.Max(vmax, new Vector<float>(row.Slice(c)));
                for (int lane = 0; lane < width; lane++)
                    max = MathF.Max(max, vmax[lane]);
            }

            for (; c < cols; c++)
                max = MathF.Max(max, row[c]);

            float sum = 0f;
            for (int k = 0; k < cols; k++)
                sum += MathF.Exp(row[k] - max);

            float logSum = MathF.Log(sum);
            for (int k = 0; k < cols; k++)
                logProbs[r * cols + k] = row[k] - max - logSum;
        }
    }
}
