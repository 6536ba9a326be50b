// Source: non-local neural networks, embedded-Gaussian block (Wang et al. 2018; Non-local_pytorch), the affinity
//   softmax written over a flat buffer with the peak kept per key position.
// Layout: flat float[] theta/phi channel-first [C', N]; affinity flat [N · N] with row i = query; keyPeak[j] folds
//   over the queries i; each query's sum runs over the keys j.
// Bug: LG0004 (peak over queries, sum over keys).
using System;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>Non-local affinity with per-key peaks.</summary>
public static class NonLocalKeyPeaks
{
    /// <summary>Returns the affinity probabilities [N · N].</summary>
    public static float[] Affinity(float[] theta, float[] phi, int channels, int n)
    {
        var f = new float[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                float s = 0f;
                for (int c = 0; c < channels; c++)
                {
                    s += theta[c * n + i] * phi[c * n + j];
                }

                f[i * n + j] = s;
            }
        }

        var keyPeak = new float[n];
        Array.Fill(keyPeak, float.NegativeInfinity);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                keyPeak[j] = MathF.Max(keyPeak[j], f[i * n + j]); //~ LG0004
            }
        }

        for (int i = 0; i < n; i++)
        {
            float z = 0f;
            for (int j = 0; j < n; j++)
            {
                f[i * n + j] = MathF.Exp(f[i * n + j] - keyPeak[j]);
                z += f[i * n + j];
            }

            for (int j = 0; j < n; j++)
            {
                f[i * n + j] /= z;
            }
        }

        return f;
    }
}
