// Source: global attention of Luong, Pham & Manning (2015), "dot" score: a_t(s) = softmax_s(h_t · h̄_s), the
// alignment of each target step over the source positions (OpenNMT `GlobalAttention` shape).
// Layout: flat ReadOnlySpan<float> [batch, targetSteps, sourceSteps] read as one row slice per (sentence, target step),
// weights written into a Span<float> of the same layout; scores computed from the hidden states first.
// Correct: each target step's scores are shifted by their own maximum.
using System;

namespace HeldOut23.NeuralMachineTranslation;

/// <summary>Global (dot) attention of a sequence-to-sequence decoder.</summary>
public static class GlobalAttention
{
    /// <summary>
    /// Alignment weights for decoder states [batch, targetSteps, hidden] over encoder states [batch, sourceSteps, hidden].
    /// </summary>
    public static void Align(ReadOnlySpan<float> decoder, ReadOnlySpan<float> encoder, Span<float> weights, int batch, int targetSteps, int sourceSteps, int hidden)
    {
        Span<float> scores = new float[sourceSteps];
        for (int b = 0; b < batch; b++)
        {
            for (int t = 0; t < targetSteps; t++)
            {
                ReadOnlySpan<float> query = decoder.Slice((b * targetSteps + t) * hidden, hidden);
                for (int s = 0; s < sourceSteps; s++)
                {
                    ReadOnlySpan<float> key = encoder.Slice((b * sourceSteps + s) * hidden, hidden);
                    float dot = 0f;
                    for (int h = 0; h < hidden; h++)
                    {
                        dot += query[h] * key[h];
                    }

                    scores[s] = dot;
                }

                float max = scores[0];
                for (int s = 1; s < sourceSteps; s++)
                {
                    max = MathF.Max(max, scores[s]);
                }

                Span<float> row = weights.Slice((b * targetSteps + t) * sourceSteps, sourceSteps);
                float sum = 0f;
                for (int s = 0; s < sourceSteps; s++)
                {
                    row[s] = MathF.Exp(scores[s] - max);
                    sum += row[s];
                }

                for (int s = 0; s < sourceSteps; s++)
                {
                    row[s] /= sum;
                }
            }
        }
    }
}
