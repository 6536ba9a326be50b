// Idiom: token classification (NER with a BERT-style ONNX model): per-token label probabilities, B-/I- tags with scores
// Layout: flat float[] logits [batch, seqLen, numLabels], strided offset (b * seqLen + t) * numLabels
// Correct
using System;
using System.Collections.Generic;

namespace HeldOut34.NerTokens_LabelProbabilities
{
    public sealed record TokenTag(int Sentence, int Token, string Label, float Score);

    public sealed class NerDecoder
    {
        private readonly string[] _id2Label;

        public NerDecoder(string[] id2Label)
        {
            _id2Label = id2Label;
        }

        public float[] Probabilities(float[] logits, int batch, int seqLen)
        {
            int numLabels = _id2Label.Length;
            var probs = new float[logits.Length];
            for (int b = 0; b < batch; b++)
            {
                for (int t = 0; t < seqLen; t++)
                {
                    int baseIndex = (b * seqLen + t) * numLabels;

                    float maxLogit = logits[baseIndex];
                    for (int l = 1; l < numLabels; l++)
                    {
                        maxLogit = Math.Max(maxLogit, logits[baseIndex + l]);
                    }

                    float expSum = 0f;
                    for (int l = 0; l < numLabels; l++)
                    {
                        probs[baseIndex + l] = MathF.Exp(logits[baseIndex + l] - maxLogit);
                        expSum += probs[baseIndex + l];
                    }

                    for (int l = 0; l < numLabels; l++)
                    {
                        probs[baseIndex + l] /= expSum;
                    }
                }
            }

            return probs;
        }

        public List<TokenTag> Tag(float[] logits, int batch, int seqLen, int[] attentionMask)
        {
            float[] probs = Probabilities(logits, batch, seqLen);
            int numLabels = _id2Label.Length;
            var tags = new List<TokenTag>();
            for (int b = 0; b < batch; b++)
            {
                for (int t = 0; t < seqLen; t++)
                {
                    if (attentionMask[b * seqLen + t] == 0)
                    {
                        continue;
                    }

                    int baseIndex = (b * seqLen + t) * numLabels;
                    int best = 0;
                    for (int l = 1; l < numLabels; l++)
                    {
                        if (probs[baseIndex + l] > probs[baseIndex + best])
                        {
                            best = l;
                        }
                    }

                    if (_id2Label[best] != "O")
                    {
                        tags.Add(new TokenTag(b, t, _id2Label[best], probs[baseIndex + best]));
                    }
                }
            }

            return tags;
        }
    }
}
