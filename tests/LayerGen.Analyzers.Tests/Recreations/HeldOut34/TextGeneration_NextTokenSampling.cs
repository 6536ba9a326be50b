// Idiom: text generation (GPT-2 / Phi ONNX decoder loop): last position's vocab logits, repetition penalty, temperature, sample
// Layout: flat float[] logits [batch, seqLen, vocab]; last position as a Span<float> copy at (b * seqLen + seqLen - 1) * vocab
// Correct
using System;
using System.Collections.Generic;

namespace HeldOut34.TextGeneration_NextTokenSampling
{
    public sealed record GenerationOptions(float Temperature = 1f, float RepetitionPenalty = 1.1f, int Seed = 42);

    public sealed record NextToken(int TokenId, float Probability, float[] Distribution);

    public sealed class Sampler
    {
        private readonly GenerationOptions _options;
        private readonly Random _random;

        public Sampler(GenerationOptions options)
        {
            _options = options;
            _random = new Random(options.Seed);
        }

        public NextToken[] Next(float[] logits, int batch, int seqLen, int vocab, IReadOnlyList<HashSet<int>> generated)
        {
            var result = new NextToken[batch];
            Span<float> scores = new float[vocab];
            for (int b = 0; b < batch; b++)
            {
                logits.AsSpan((b * seqLen + seqLen - 1) * vocab, vocab).CopyTo(scores);

                foreach (int token in generated[b])
                {
                    scores[token] = scores[token] > 0 ? scores[token] / _options.RepetitionPenalty : scores[token] * _options.RepetitionPenalty;
                }

                float maxScore = float.NegativeInfinity;
                for (int v = 0; v < vocab; v++)
                {
                    scores[v] /= _options.Temperature;
                    if (scores[v] > maxScore)
                    {
                        maxScore = scores[v];
                    }
                }

                var distribution = new float[vocab];
                float sum = 0f;
                for (int v = 0; v < vocab; v++)
                {
                    distribution[v] = MathF.Exp(scores[v] - maxScore);
                    sum += distribution[v];
                }

                for (int v = 0; v < vocab; v++)
                {
                    distribution[v] /= sum;
                }

                int sampled = Draw(distribution);
                result[b] = new NextToken(sampled, distribution[sampled], distribution);
            }

            return result;
        }

        private int Draw(float[] distribution)
        {
            double u = _random.NextDouble();
            double cumulative = 0;
            for (int v = 0; v < distribution.Length; v++)
            {
                cumulative += distribution[v];
                if (u < cumulative)
                {
                    return v;
                }
            }

            return distribution.Length - 1;
        }
    }
}
