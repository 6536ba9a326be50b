// HeldOut63 / InfoNceRows_SpanRowSlices
// Idiom: the image-to-text half of a CLIP-style InfoNCE objective: the in-batch similarity logits (already scaled by
// 1/tau) are softmaxed per image row over all texts of the batch (in-batch negatives); the probabilities feed the
// cross-entropy elsewhere (the symmetric CLIP loss as PyTorch ports write it; own code).
// Layout: flat float logits [images * texts] as ReadOnlySpan<float>, Slice per row, TensorPrimitives.Max of the row
// slice, output Span<float> slices; MathF.Exp.
// Label: Correct (row maximum and row sum).
using System;
using System.Numerics.Tensors;

namespace HeldOut63.InfoNceRows_SpanRowSlices;

public static class InBatchContrast
{
    public static void ImageToTextProbabilities(ReadOnlySpan<float> logits, Span<float> probs, int texts)
    {
        int images = logits.Length / texts;
        for (int i = 0; i < images; i++)
        {
            ReadOnlySpan<float> row = logits.Slice(i * texts, texts);
            Span<float> outRow = probs.Slice(i * texts, texts);
            float m = TensorPrimitives.Max(row);
            float z = 0f;
            for (int j = 0; j < texts; j++)
            {
                outRow[j] = MathF.Exp(row[j] - m);
                z += outRow[j];
            }

            for (int j = 0; j < texts; j++)
            {
                outRow[j] /= z;
            }
        }
    }
}
