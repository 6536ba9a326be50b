// Source: PatrickDinoCallaghan/CallaghanDev.ML CallaghanDev.ML/AccelerationManagers/AccelerationMutliThreadCPU.cs (re-created, not copied)
// Layout: one Parallel.For iteration per head; keys projected into a local [keys, dim] array, a time encoding of each
// key added to it (a learned mix of sin and cos of exp(logFrequency) * time, the frequency kept in log space), then
// self-attention over the keys: scores of a row written into a scratch buffer (later keys masked with -inf), the
// row's maximum taken in the same pass, the buffer overwritten in place by exp(score - max) and normalised through a
// reciprocal of the sum.
// Correct: exp(logFrequency) is a frequency only fed to sin and cos (bounded whatever it is), no term of the attention
// softmax, which is shifted by its row maximum. (Its unshifted twin is in SoftmaxModelBoundedExpTests.)
using System;
using System.Threading.Tasks;

namespace Recreations.Real46.MemoryAttentionTimeEncodedKeys;

public static class KeyMemory
{
    public static float[,,] Refine(float[,] keys, float[] keyTimes, float[,,] projection, float[,] logFrequency, float[,,] timeMix)
    {
        int heads = projection.GetLength(0), dim = projection.GetLength(1), inputs = keys.GetLength(1), count = keys.GetLength(0);
        int bases = logFrequency.GetLength(1);
        var refined = new float[heads, count, dim];
        Parallel.For(0, heads, h =>
        {
            var projected = new float[count, dim];
            var encoded = new float[count, dim];
            var scores = new float[count];
            for (int s = 0; s < count; s++)
            {
                for (int p = 0; p < dim; p++)
                {
                    float acc = 0f;
                    for (int d = 0; d < inputs; d++)
                        acc += projection[h, p, d] * keys[s, d];
                    projected[s, p] = acc;

                    float time = 0f;
                    for (int b = 0; b < bases; b++)
                    {
                        float frequency = MathF.Exp(logFrequency[h, b]);
                        float phase = frequency * keyTimes[s];
                        time += timeMix[h, p, 2 * b] * MathF.Sin(phase) + timeMix[h, p, 2 * b + 1] * MathF.Cos(phase);
                    }
                    encoded[s, p] = time;
                }
            }

            float scale = 1f / MathF.Sqrt(dim);
            for (int i = 0; i < count; i++)
            {
                float max = float.NegativeInfinity;
                for (int j = 0; j < count; j++)
                {
                    if (keyTimes[j] > keyTimes[i])
                    {
                        scores[j] = float.NegativeInfinity;
                        continue;
                    }

                    float dot = 0f;
                    for (int p = 0; p < dim; p++)
                        dot += (projected[i, p] + encoded[i, p]) * (projected[j, p] + encoded[j, p]);
                    scores[j] = dot * scale;
                    if (scores[j] > max)
                        max = scores[j];
                }

                float sum = 0f;
                for (int j = 0; j < count; j++)
                {
                    if (float.IsNegativeInfinity(scores[j]))
                    {
                        scores[j] = 0f;
                        continue;
                    }

                    float weight = MathF.Exp(scores[j] - max);
                    scores[j] = weight;
                    sum += weight;
                }

                float inverse = 1f / sum;
                for (int p = 0; p < dim; p++)
                {
                    float value = 0f;
                    for (int j = 0; j < count; j++)
                        value += scores[j] * inverse * projected[j, p];
                    refined[h, i, p] = value + projected[i, p];
                }
            }
        });

        return refined;
    }
}
