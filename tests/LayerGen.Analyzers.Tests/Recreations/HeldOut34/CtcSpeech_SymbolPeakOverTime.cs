// Idiom: speech recognition CTC posteriors from a channels-first acoustic model (output [vocab, time], e.g. a Conv1D head)
// Layout: float[,] logits [vocab, time] — symbols as rows, frames as columns
// Bug (LG0004): the max is taken along each row (one symbol over all frames) while each frame's sum runs over the symbols
using System;

namespace HeldOut34.CtcSpeech_SymbolPeakOverTime
{
    public static class AcousticPosteriors
    {
        public static float[,] FramePosteriors(float[,] logits)
        {
            int vocab = logits.GetLength(0);
            int time = logits.GetLength(1);

            var rowMax = new float[vocab];
            for (int s = 0; s < vocab; s++)
            {
                rowMax[s] = float.MinValue;
                for (int t = 0; t < time; t++)
                {
                    rowMax[s] = Math.Max(rowMax[s], logits[s, t]); //~ LG0004
                }
            }

            var posteriors = new float[time, vocab];
            for (int t = 0; t < time; t++)
            {
                float norm = 0f;
                for (int s = 0; s < vocab; s++)
                {
                    posteriors[t, s] = MathF.Exp(logits[s, t] - rowMax[s]);
                    norm += posteriors[t, s];
                }

                for (int s = 0; s < vocab; s++)
                {
                    posteriors[t, s] /= norm;
                }
            }

            return posteriors;
        }

        public static int[] BestPath(float[,] logits, int blank)
        {
            float[,] posteriors = FramePosteriors(logits);
            var path = new int[posteriors.GetLength(0)];
            for (int t = 0; t < path.Length; t++)
            {
                int best = blank;
                for (int s = 0; s < posteriors.GetLength(1); s++)
                {
                    if (posteriors[t, s] > posteriors[t, best])
                    {
                        best = s;
                    }
                }

                path[t] = best;
            }

            return path;
        }
    }
}
