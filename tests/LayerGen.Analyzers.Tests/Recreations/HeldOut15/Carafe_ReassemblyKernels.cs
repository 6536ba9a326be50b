// HeldOut15 — Carafe_ReassemblyKernels
// Source: CARAFE content-aware upsampling (Wang et al. 2019; open-mmlab/mmcv `CARAFEPack.kernel_normalizer`):
// the encoder predicts k_up² kernel logits per output location, softmaxed over the k_up² channel axis.
// Layout: one image's kernel logits flat float[] channel-first [k², height · width] (kernel tap c of
// location p at c·plane + p); the softmax walks a location's taps with stride plane.
// Correct: each location's peak and sum run over its own k² taps (strided), nothing wider.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class Carafe_ReassemblyKernels
{
    /// <summary>Normalises the reassembly kernels in place: softmax over the taps of each location.</summary>
    public static void NormaliseKernels(float[] kernels, int taps, int plane)
    {
        for (int p = 0; p < plane; p++)
        {
            float peak = float.NegativeInfinity;
            for (int c = 0, idx = p; c < taps; c++, idx += plane) peak = MathF.Max(peak, kernels[idx]);
            float z = 0f;
            for (int c = 0, idx = p; c < taps; c++, idx += plane)
            {
                kernels[idx] = MathF.Exp(kernels[idx] - peak);
                z += kernels[idx];
            }
            float inv = 1f / z;
            for (int idx = p; idx < taps * plane; idx += plane) kernels[idx] *= inv;
        }
    }

    /// <summary>Reassembles a [height, width] feature map with normalised k×k kernels (same resolution).</summary>
    public static float[,] Reassemble(float[,] x, float[] kernels, int k)
    {
        int h = x.GetLength(0), w = x.GetLength(1), plane = h * w, r = k / 2;
        var y = new float[h, w];
        for (int i = 0; i < h; i++)
            for (int j = 0; j < w; j++)
            {
                float acc = 0f;
                for (int di = -r; di <= r; di++)
                    for (int dj = -r; dj <= r; dj++)
                    {
                        int si = i + di, sj = j + dj;
                        if (si < 0 || si >= h || sj < 0 || sj >= w) continue;
                        int tap = (di + r) * k + (dj + r);
                        acc += kernels[tap * plane + i * w + j] * x[si, sj];
                    }
                y[i, j] = acc;
            }
        return y;
    }
}
