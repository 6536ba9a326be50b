// Idiom: BERT extractive question answering (SQuAD ONNX model): start/end logits per question, softmax over positions, best span
// Layout: flat float[] start_logits and end_logits [batch, seqLen]; per question Skip/Take into an array; LINQ softmax helper
// Correct
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut34.BertQa_SpanProbabilities
{
    public sealed record AnswerSpan(int Start, int End, float Score);

    public sealed record QuestionProbabilities(float[] Start, float[] End);

    public static class QaOutputDecoder
    {
        public static QuestionProbabilities[] Decode(float[] startLogits, float[] endLogits, int batch, int seqLen)
        {
            var results = new QuestionProbabilities[batch];
            for (int q = 0; q < batch; q++)
            {
                float[] start = startLogits.Skip(q * seqLen).Take(seqLen).ToArray();
                float[] end = endLogits.Skip(q * seqLen).Take(seqLen).ToArray();
                results[q] = new QuestionProbabilities(Softmax(start), Softmax(end));
            }

            return results;
        }

        public static AnswerSpan BestSpan(QuestionProbabilities probabilities, int maxAnswerLength)
        {
            var best = new AnswerSpan(0, 0, 0f);
            for (int s = 0; s < probabilities.Start.Length; s++)
            {
                for (int e = s; e < Math.Min(s + maxAnswerLength, probabilities.End.Length); e++)
                {
                    float score = probabilities.Start[s] * probabilities.End[e];
                    if (score > best.Score)
                    {
                        best = new AnswerSpan(s, e, score);
                    }
                }
            }

            return best;
        }

        private static float[] Softmax(float[] logits)
        {
            float max = logits.Max();
            float[] exp = logits.Select(l => MathF.Exp(l - max)).ToArray();
            float total = exp.Sum();
            return exp.Select(e => e / total).ToArray();
        }
    }
}
