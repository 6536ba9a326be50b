// HeldOut63 / TemperatureSampling_FlatBatchPeak
// Idiom: temperature sampling of next-token logits for a batch of sequences held in one flat logits buffer, as an
// inference loop receives it from the model's output tensor (own code).
// Layout: flat float[batch * vocab], sequence b at offset b * vocab; the maximum is folded once over the whole buffer
// with MathF.Max before the per-sequence loop.
// Label: LG0001 (the maximum spans every sequence of the batch; a sequence far below the batch peak gives 0/0 = NaN).
using System;

namespace HeldOut63.TemperatureSampling_FlatBatchPeak;

public static class FlatTemperatureSampler
{
    public static float[] NextTokenProbabilities(float[] logits, int batch, int vocab, float temperature)
    {
        var probs = new float[batch * vocab];
        float max = float.MinValue;
        for (int i = 0; i < batch * vocab; i++)
        {
            max = MathF.Max(max, logits[i]); //~ LG0001
        }

        for (int b = 0; b < batch; b++)
        {
            int offset = b * vocab;
            float sum = 0f;
            for (int v = 0; v < vocab; v++)
            {
                float e = MathF.Exp((logits[offset + v] - max) / temperature);
                probs[offset + v] = e;
                sum += e;
            }

            for (int v = 0; v < vocab; v++)
            {
                probs[offset + v] /= sum;
            }
        }

        return probs;
    }
}
