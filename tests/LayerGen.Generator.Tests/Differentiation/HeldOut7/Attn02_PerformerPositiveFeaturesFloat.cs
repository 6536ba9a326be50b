// Linear attention with Performer's positive random features (FAVOR+): phi(u) = exp(w·u − |u|²/2) / sqrt(M) over a
// fixed projection table, keys summarised once (KV and Z), then each query reads them — O(n) in the tokens. Four tokens
// of two features, queries = keys = values = the tokens scaled by d^(−1/4). Shape of the performer-pytorch
// softmax_kernel, from memory, with a static local function for the feature map.
// A user expects the gradient of the approximate attention.
// expect: gradient
// rows: no-large
// no-large: at |x| = 1000 every feature is exp(−5·10⁵) = 0 in float and the normaliser is 0/0 inside the forward.
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(8)]
public partial class PerformerPositiveFeaturesFloat
{
    const int Tokens = 4, Dim = 2, Features = 4;
    const float Scale = 0.8408964f; // 2^(-1/4): q and k each carry half of 1/sqrt(d)

    static readonly float[] Omega =
    {
        0.61f, -1.12f,
        -0.35f, 0.47f,
        1.38f, 0.29f,
        -0.82f, -0.91f,
    };

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        static float Feature(ReadOnlySpan<float> u, int m)
        {
            float dot = 0f, norm = 0f;
            for (int i = 0; i < Dim; i++)
            {
                float ui = u[i] * Scale;
                dot += Omega[m * Dim + i] * ui;
                norm += ui * ui;
            }
            return MathF.Exp(dot - 0.5f * norm) / MathF.Sqrt(Features);
        }

        Span<float> kv = stackalloc float[Features * Dim];
        Span<float> z = stackalloc float[Features];
        kv.Clear();
        z.Clear();
        for (int j = 0; j < Tokens; j++)
        {
            ReadOnlySpan<float> token = x.Slice(j * Dim, Dim);
            for (int m = 0; m < Features; m++)
            {
                float phi = Feature(token, m);
                z[m] += phi;
                for (int d = 0; d < Dim; d++) kv[m * Dim + d] += phi * token[d];
            }
        }

        for (int t = 0; t < Tokens; t++)
        {
            ReadOnlySpan<float> query = x.Slice(t * Dim, Dim);
            float denominator = 0f;
            for (int d = 0; d < Dim; d++) y[t * Dim + d] = 0f;
            for (int m = 0; m < Features; m++)
            {
                float phi = Feature(query, m);
                denominator += phi * z[m];
                for (int d = 0; d < Dim; d++) y[t * Dim + d] += phi * kv[m * Dim + d];
            }
            for (int d = 0; d < Dim; d++) y[t * Dim + d] /= denominator;
        }
    }
}
