// Re-creates: Whisper C# decoders (Whisper.net-style greedy/beam decode on ONNX logits): a log-softmax per decoding
// step via log-sum-exp over the vocabulary, and a later step that exponentiates the log-probabilities.
// Layout: flat [steps, vocab] row-major, ReadOnlySpan row slices; softmax axis = vocab. float logits, double sum.
// Correct.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut3.WhisperDecoderLogProbs;

public static class DecoderStep
{
    public static void LogSoftmaxRows(float[] logits, int vocab, float[] logProbs)
    {
        int steps = logits.Length / vocab;
        for (int t = 0; t < steps; t++)
        {
            ReadOnlySpan<float> row = logits.AsSpan(t * vocab, vocab);
            Span<float> dst = logProbs.AsSpan(t * vocab, vocab);

            float max = float.NegativeInfinity;
            foreach (float v in row)
            {
                max = Math.Max(max, v);
            }

            double sumExp = 0;
            foreach (float v in row)
            {
                sumExp += Math.Exp(v - max);
            }

            float logSum = max + (float)Math.Log(sumExp);
            for (int i = 0; i < vocab; i++)
            {
                dst[i] = row[i] - logSum;
            }
        }
    }

    /// <summary>Token probabilities for the beam scorer: exp of the log-probabilities.</summary>
    public static float[] TokenProbabilities(float[] logProbs) => logProbs.Select(MathF.Exp).ToArray();
}
