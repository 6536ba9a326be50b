// Idiom: attention-score softmax over the last axis of a rank-3 flat tensor `[batchHeads, queries, keys]` (shape and
// strides computed up front, as ONNX-runtime-style kernels do), with a static local function for one row and a
// `Parallel.For`-free plain loop over (bh, q). Layout: flat `float[]`, rank 3, softmax over the innermost axis. Correct.
using System;

namespace HeldOut55.AttentionView_LastAxis;

public static class AttentionSoftmax
{
    /// <summary>In-place softmax over the key axis of <paramref name="scores"/> shaped <c>[batchHeads, queries, keys]</c>.</summary>
    public static void SoftmaxLastAxis(float[] scores, int batchHeads, int queries, int keys)
    {
        int queryStride = keys;
        int headStride = queries * keys;

        for (int bh = 0; bh < batchHeads; bh++)
        {
            for (int q = 0; q < queries; q++)
            {
                SoftmaxRow(scores.AsSpan(bh * headStride + q * queryStride, keys));
            }
        }

        static void SoftmaxRow(Span<float> row)
        {
            float max = row[0];
            for (int k = 1; k < row.Length; k++)
            {
                if (row[k] > max) max = row[k];
            }

            float sum = 0f;
            for (int k = 0; k < row.Length; k++)
            {
                row[k] = MathF.Exp(row[k] - max);
                sum += row[k];
            }

            for (int k = 0; k < row.Length; k++)
            {
                row[k] /= sum;
            }
        }
    }
}
