// Source: NER taggers in C# that read per-token tag probabilities straight from the emission scores (the
// softmax output head of BiLSTM-CRF ports used without the CRF at inference time).
// Layout: emission scores float[tokens, tags]; softmax over tags of each token.
// Bug LG0003: exp of the raw emission scores, no maximum subtracted.
using System;

namespace HeldOut7.CrfTokenMarginalsRawExp
{
    public static class TokenTagger
    {
        public static float[,] TagProbabilities(float[,] emissions)
        {
            int tokens = emissions.GetLength(0);
            int tags = emissions.GetLength(1);
            var probs = new float[tokens, tags];
            for (int t = 0; t < tokens; t++)
            {
                float z = 0f;
                for (int j = 0; j < tags; j++)
                {
                    float e = (float)Math.Exp(emissions[t, j]); //~ LG0003
                    probs[t, j] = e;
                    z += e;
                }

                float inv = 1f / z;
                for (int j = 0; j < tags; j++)
                {
                    probs[t, j] *= inv;
                }
            }

            return probs;
        }
    }
}
