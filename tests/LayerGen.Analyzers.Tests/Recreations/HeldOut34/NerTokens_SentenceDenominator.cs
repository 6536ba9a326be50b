// Idiom: token classification (NER) decoding, 3D array version: per-token shift, normalise, pick the entity label
// Layout: float[,,] logits [batch, seqLen, numLabels] (output copied into a rank-3 array)
// Bug (LG0002): the denominator is declared per sentence, so it sums the exps of every token of the sentence
using System;
using System.Collections.Generic;

namespace HeldOut34.NerTokens_SentenceDenominator
{
    public sealed record EntityToken(int Position, string Label, float Confidence);

    public static class TokenClassifier
    {
        public static float[,,] Softmax(float[,,] logits)
        {
            int batch = logits.GetLength(0);
            int seqLen = logits.GetLength(1);
            int numLabels = logits.GetLength(2);
            var probs = new float[batch, seqLen, numLabels];

            for (int b = 0; b < batch; b++)
            {
                float denom = 0f;
                for (int t = 0; t < seqLen; t++)
                {
                    float max = logits[b, t, 0];
                    for (int l = 1; l < numLabels; l++)
                    {
                        if (logits[b, t, l] > max)
                        {
                            max = logits[b, t, l];
                        }
                    }

                    for (int l = 0; l < numLabels; l++)
                    {
                        float e = MathF.Exp(logits[b, t, l] - max);
                        probs[b, t, l] = e;
                        denom += e; //~ LG0002
                    }
                }

                for (int t = 0; t < seqLen; t++)
                {
                    for (int l = 0; l < numLabels; l++)
                    {
                        probs[b, t, l] /= denom;
                    }
                }
            }

            return probs;
        }

        public static List<EntityToken> Entities(float[,,] logits, int sentence, IReadOnlyList<string> labels)
        {
            float[,,] probs = Softmax(logits);
            var entities = new List<EntityToken>();
            for (int t = 0; t < probs.GetLength(1); t++)
            {
                int best = 0;
                for (int l = 1; l < probs.GetLength(2); l++)
                {
                    if (probs[sentence, t, l] > probs[sentence, t, best])
                    {
                        best = l;
                    }
                }

                if (best != 0)
                {
                    entities.Add(new EntityToken(t, labels[best], probs[sentence, t, best]));
                }
            }

            return entities;
        }
    }
}
