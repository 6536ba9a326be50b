// Source: Memory<float>-based batch code in C# inference pipelines (ONNX Runtime OrtValue buffers wrapped as Memory,
// per-row post-processing): each row is a slice of the output Memory.
// Layout: row-major [rows, cols] float in Memory<float>; row spans via Slice; per-row max.
// Bug: the normaliser is summed over the whole output buffer (probs.Span), not over the row's slice.
using System;

namespace LayerGen.HeldOut4.MemorySlicesSumOverWholeBuffer;

public static class MemorySoftmax
{
    public static void Forward(Memory<float> logits, Memory<float> probs, int rows, int cols)
    {
        for (int r = 0; r < rows; r++)
        {
            Span<float> x = logits.Span.Slice(r * cols, cols);
            Span<float> y = probs.Span.Slice(r * cols, cols);
            float max = x[0];
            for (int c = 1; c < cols; c++)
                max = MathF.Max(max, x[c]);

            for (int c = 0; c < cols; c++)
                y[c] = MathF.Exp(x[c] - max);

            float sum = 0f;
            foreach (float v in probs.Span)
                sum += v; //~ LG0002

            for (int c = 0; c < cols; c++)
                y[c] /= sum;
        }
    }
}
