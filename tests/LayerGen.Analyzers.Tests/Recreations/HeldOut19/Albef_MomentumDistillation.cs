// Source: ALBEF image-text contrastive loss with momentum distillation (Li et al. 2021; salesforce/ALBEF
// `ALBEF.forward`): sim_i2t = image · text / temp, sim_t2i its transpose; the soft targets mix the momentum model's
// softmax with the one-hot identity (α), and both directions are trained with −Σ log_softmax(sim) · target.
// Layout: jagged `float[][]` normalised features [batch][dim] (online and momentum), `float[batch, batch]` similarity,
// row peaks for image→text and column peaks `float[]` for text→image, log-softmax written from the peaks.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut19;

public static class AlbefMomentumDistillation
{
    /// <summary>The ITC loss; image→text and text→image probabilities of the online model are written out.</summary>
    public static float Loss(
        float[][] image, float[][] text, float[][] imageMomentum, float[][] textMomentum, float temperature,
        float alpha, float[,] imageToText, float[,] textToImage)
    {
        int batch = image.Length;
        float[,] sim = Similarity(image, text, temperature);
        float[,] simMomentum = Similarity(imageMomentum, textMomentum, temperature);
        float loss = 0f;

        for (int i = 0; i < batch; i++)
        {
            float peak = float.NegativeInfinity, peakM = float.NegativeInfinity;
            for (int j = 0; j < batch; j++)
            {
                peak = MathF.Max(peak, sim[i, j]);
                peakM = MathF.Max(peakM, simMomentum[i, j]);
            }
            float z = 0f, zM = 0f;
            for (int j = 0; j < batch; j++)
            {
                z += MathF.Exp(sim[i, j] - peak);
                zM += MathF.Exp(simMomentum[i, j] - peakM);
            }
            float logZ = peak + MathF.Log(z);
            for (int j = 0; j < batch; j++)
            {
                float target = alpha * MathF.Exp(simMomentum[i, j] - peakM) / zM + (1f - alpha) * (i == j ? 1f : 0f);
                imageToText[i, j] = MathF.Exp(sim[i, j] - logZ);
                loss -= (sim[i, j] - logZ) * target / (2 * batch);
            }
        }

        var columnPeak = new float[batch];
        var columnPeakM = new float[batch];
        for (int j = 0; j < batch; j++)
        {
            columnPeak[j] = sim[0, j];
            columnPeakM[j] = simMomentum[0, j];
            for (int i = 1; i < batch; i++)
            {
                if (sim[i, j] > columnPeak[j]) columnPeak[j] = sim[i, j];
                if (simMomentum[i, j] > columnPeakM[j]) columnPeakM[j] = simMomentum[i, j];
            }
        }
        for (int j = 0; j < batch; j++)
        {
            float z = 0f, zM = 0f;
            for (int i = 0; i < batch; i++)
            {
                z += MathF.Exp(sim[i, j] - columnPeak[j]);
                zM += MathF.Exp(simMomentum[i, j] - columnPeakM[j]);
            }
            float logZ = columnPeak[j] + MathF.Log(z);
            for (int i = 0; i < batch; i++)
            {
                float target = alpha * MathF.Exp(simMomentum[i, j] - columnPeakM[j]) / zM + (1f - alpha) * (i == j ? 1f : 0f);
                textToImage[j, i] = MathF.Exp(sim[i, j] - logZ);
                loss -= (sim[i, j] - logZ) * target / (2 * batch);
            }
        }
        return loss;
    }

    private static float[,] Similarity(float[][] image, float[][] text, float temperature)
    {
        var sim = new float[image.Length, text.Length];
        for (int i = 0; i < image.Length; i++)
            for (int j = 0; j < text.Length; j++)
            {
                float dot = 0f;
                for (int d = 0; d < image[i].Length; d++) dot += image[i][d] * text[j][d];
                sim[i, j] = dot / temperature;
            }
        return sim;
    }
}
