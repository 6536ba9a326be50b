// Re-creation (our own code) of the shape of openai/whisper, whisper/decoding.py: SuppressTokens.apply
// (logits[:, tokens] = -inf) then GreedyDecoder.update with temperature > 0:
// Categorical(logits=logits / self.temperature).sample(); Categorical's probs are a softmax over the last dim.
// Layout: float[nAudio, nVocab]; per-row ReadOnlySpan views handed to a Categorical helper type that shifts by its
// row's max and writes into a Span.
// Correct.
using System;
using System.Collections.Generic;

namespace Recreations.Whisper_TemperatureCategorical;

/// <summary>torch.distributions.Categorical(logits=...).probs for one row.</summary>
public static class Categorical
{
    /// <summary>Writes softmax(logits) into <paramref name="probs"/>.</summary>
    public static void Probs(ReadOnlySpan<float> logits, Span<float> probs)
    {
        float max = float.NegativeInfinity;
        foreach (float z in logits)
        {
            if (z > max) max = z;
        }

        float sum = 0f;
        for (int i = 0; i < logits.Length; i++)
        {
            probs[i] = MathF.Exp(logits[i] - max);
            sum += probs[i];
        }

        for (int i = 0; i < probs.Length; i++)
        {
            probs[i] /= sum;
        }
    }
}

/// <summary>Whisper's sampling decoder step, probabilities only.</summary>
public static class SamplingDecoder
{
    /// <summary>Next-token probabilities for each audio in the batch.</summary>
    public static float[][] NextTokenProbs(float[,] logits, IReadOnlyCollection<int> suppressTokens, float temperature)
    {
        int nAudio = logits.GetLength(0), nVocab = logits.GetLength(1);
        var result = new float[nAudio][];
        var scaled = new float[nVocab];
        for (int a = 0; a < nAudio; a++)
        {
            for (int v = 0; v < nVocab; v++) scaled[v] = logits[a, v] / temperature;
            foreach (int token in suppressTokens) scaled[token] = float.NegativeInfinity;
            result[a] = new float[nVocab];
            Categorical.Probs(scaled, result[a]);
        }

        return result;
    }
}
