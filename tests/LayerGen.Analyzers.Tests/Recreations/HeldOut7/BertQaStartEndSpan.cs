// Source: BERT extractive question answering in C# with ML.NET / ONNX Runtime (Gigabyte0x1337/BERT-ML.NET
// BertPredictionResult StartLogits/EndLogits; the answer-span post-processing turns both into probabilities).
// Layout: float[] StartLogits and EndLogits of one question (properties of a prediction class); softmax over
// token positions, separately for start and end; the caller runs it per question.
// Correct.
using System;

namespace HeldOut7.BertQaStartEndSpan
{
    public sealed class QaPrediction
    {
        public float[] StartLogits { get; set; } = Array.Empty<float>();

        public float[] EndLogits { get; set; } = Array.Empty<float>();
    }

    public static class AnswerSpan
    {
        public static (float[] Start, float[] End) Probabilities(QaPrediction prediction)
        {
            return (Normalise(prediction.StartLogits), Normalise(prediction.EndLogits));
        }

        public static (int Start, int End, float Score) Best(QaPrediction prediction, int maxAnswerLength)
        {
            var (start, end) = Probabilities(prediction);
            (int s, int e, float p) best = (0, 0, -1f);
            for (int i = 0; i < start.Length; i++)
            {
                for (int j = i; j < Math.Min(end.Length, i + maxAnswerLength); j++)
                {
                    float score = start[i] * end[j];
                    if (score > best.p) best = (i, j, score);
                }
            }

            return best;
        }

        private static float[] Normalise(float[] logits)
        {
            float hi = logits[0];
            foreach (float l in logits)
            {
                hi = Math.Max(hi, l);
            }

            var p = new float[logits.Length];
            float total = 0f;
            for (int i = 0; i < logits.Length; i++)
            {
                p[i] = MathF.Exp(logits[i] - hi);
                total += p[i];
            }

            for (int i = 0; i < p.Length; i++)
            {
                p[i] /= total;
            }

            return p;
        }
    }
}
