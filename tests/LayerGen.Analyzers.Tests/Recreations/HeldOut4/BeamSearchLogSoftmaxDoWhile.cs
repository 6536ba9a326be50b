// Source: beam-search decoders in C# Whisper/TTS ports (C ports kept close to the original's do/while loops): each
// beam's next-token log-probabilities log softmax(x) = x - max - log sum exp(x - max).
// Layout: row-major [beams, vocab] float; do-while loops over the vocabulary; output holds log-probabilities.
// Correct.
using System;

namespace LayerGen.HeldOut4.BeamSearchLogSoftmaxDoWhile;

public static class BeamScorer
{
    public static void LogProbs(float[] logits, float[] logProbs, int beams, int vocab)
    {
        int b = 0;
        do
        {
            int off = b * vocab;
            float hi = logits[off];
            int i = 1;
            do
            {
                if (logits[off + i] > hi)
                    hi = logits[off + i];
                i++;
            }
            while (i < vocab);

            float acc = 0f;
            i = 0;
            do
            {
                acc += MathF.Exp(logits[off + i] - hi);
                i++;
            }
            while (i < vocab);

            float lse = hi + MathF.Log(acc);
            for (i = 0; i < vocab; i++)
                logProbs[off + i] = logits[off + i] - lse;
            b++;
        }
        while (b < beams);
    }
}
