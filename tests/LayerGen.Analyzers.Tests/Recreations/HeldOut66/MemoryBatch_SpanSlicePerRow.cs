// Idiom: a batch-inference post-processing step over pooled `ReadOnlyMemory<float>` / `Memory<float>` buffers (as
// handed out by an ONNX Runtime / ML.NET output column), each row taken with `.Span.Slice(r * classes, classes)`.
// Layout: flat row-major float buffer `[rows * classes]`; one softmax per row; `if` max fold, `MathF.Exp`.
// Own code.
// Correct: each row's own max and sum.
using System;

namespace HeldOut66.MemoryBatch_SpanSlicePerRow;

public static class BatchPostProcessor
{
    public static void Normalise(ReadOnlyMemory<float> logits, Memory<float> probabilities, int classes)
    {
        int rows = logits.Length / classes;
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = logits.Span.Slice(r * classes, classes);
            Span<float> output = probabilities.Span.Slice(r * classes, classes);
            float max = row[0];
            for (int j = 1; j < row.Length; j++)
            {
                if (row[j] > max) max = row[j];
            }

            float sum = 0f;
            for (int j = 0; j < row.Length; j++)
            {
                output[j] = MathF.Exp(row[j] - max);
                sum += output[j];
            }

            for (int j = 0; j < output.Length; j++)
            {
                output[j] /= sum;
            }
        }
    }
}
