// Idiom: BERT question answering, span version: start/end logits of each question sliced from the output, softmax helper on spans
// Layout: ReadOnlySpan<float> slices of [batch, seqLen] outputs, private static void Softmax(ReadOnlySpan<float>, Span<float>)
// Bug (LG0003): the helper exponentiates the raw logits (no max subtracted)
using System;
using System.Collections.Generic;

namespace HeldOut34.BertQa_RawSpanHelper
{
    public readonly record struct SpanCandidate(int Start, int End, float Probability);

    public sealed class QuestionAnsweringHead
    {
        public (float[] Start, float[] End) SpanProbabilities(float[] startLogits, float[] endLogits, int batch, int seqLen)
        {
            var start = new float[batch * seqLen];
            var end = new float[batch * seqLen];
            for (int q = 0; q < batch; q++)
            {
                Softmax(startLogits.AsSpan(q * seqLen, seqLen), start.AsSpan(q * seqLen, seqLen));
                Softmax(endLogits.AsSpan(q * seqLen, seqLen), end.AsSpan(q * seqLen, seqLen));
            }

            return (start, end);
        }

        public List<SpanCandidate> Candidates(float[] startLogits, float[] endLogits, int batch, int seqLen, int maxLength)
        {
            var (start, end) = SpanProbabilities(startLogits, endLogits, batch, seqLen);
            var candidates = new List<SpanCandidate>();
            for (int q = 0; q < batch; q++)
            {
                var s = new ReadOnlySpan<float>(start, q * seqLen, seqLen);
                var e = new ReadOnlySpan<float>(end, q * seqLen, seqLen);
                for (int i = 0; i < seqLen; i++)
                {
                    for (int j = i; j < seqLen && j < i + maxLength; j++)
                    {
                        candidates.Add(new SpanCandidate(i, j, s[i] * e[j]));
                    }
                }
            }

            candidates.Sort((a, b) => b.Probability.CompareTo(a.Probability));
            return candidates;
        }

        private static void Softmax(ReadOnlySpan<float> logits, Span<float> probabilities)
        {
            float sum = 0f;
            for (int i = 0; i < logits.Length; i++)
            {
                probabilities[i] = MathF.Exp(logits[i]); //~ LG0003
                sum += probabilities[i];
            }

            for (int i = 0; i < probabilities.Length; i++)
            {
                probabilities[i] /= sum;
            }
        }
    }
}
