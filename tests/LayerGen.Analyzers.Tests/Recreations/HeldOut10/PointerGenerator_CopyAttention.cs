// Re-creation (our own code) of the shape of the pointer-generator network's output step (See, Liu & Manning 2017,
// "Get To The Point"): attention a_t = softmax(e_t) over source positions, P_vocab = softmax(logits_t), and
// P(w) = p_gen P_vocab(w) + (1 − p_gen) Σ_{i: w_i = w} a_t,i over an extended vocabulary.
// Layout: jagged float[steps][sourceLength] attention scores and float[steps][vocabulary] logits, int[] source ids
// (extended vocabulary), a shared private helper that softmaxes one row in place.
// Correct: both softmaxes shift each decoder step's row by its own maximum.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class PointerGeneratorCopyAttention
{
    public static void Decode(
        float[][] attentionScores, float[][] vocabularyLogits, float[] generationProbability, int[] sourceIds,
        float[][] attention, float[][] final)
    {
        for (int t = 0; t < attentionScores.Length; t++)
        {
            SoftmaxInto(attentionScores[t], attention[t]);
            SoftmaxInto(vocabularyLogits[t], final[t]);

            float pGen = generationProbability[t];
            for (int w = 0; w < final[t].Length; w++)
                final[t][w] *= pGen;
            for (int i = 0; i < sourceIds.Length; i++)
                final[t][sourceIds[i]] += (1f - pGen) * attention[t][i];
        }
    }

    private static void SoftmaxInto(float[] scores, float[] probabilities)
    {
        float max = float.NegativeInfinity;
        for (int i = 0; i < scores.Length; i++)
            max = MathF.Max(max, scores[i]);

        float sum = 0f;
        for (int i = 0; i < scores.Length; i++)
        {
            probabilities[i] = MathF.Exp(scores[i] - max);
            sum += probabilities[i];
        }

        for (int i = 0; i < scores.Length; i++)
            probabilities[i] /= sum;
    }
}
