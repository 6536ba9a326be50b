// HeldOut15 — Carafe_TotalOverTensor
// Source: CARAFE (Wang et al. 2019; mmcv `kernel_normalizer`), a port that normalises in two passes.
// Layout: kernel logits flat float[] channel-first [k², plane]; per-location peaks strided by plane,
// exponentials into a scratch array of the same shape.
// Bug (LG0002): the normaliser is one total over the whole scratch tensor (every tap of every
// location), not each location's k² taps.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class Carafe_TotalOverTensor
{
    /// <summary>Normalised reassembly kernels, [k², plane] channel-first.</summary>
    public static float[] NormaliseKernels(float[] kernels, int taps, int plane)
    {
        var exps = new float[kernels.Length];
        for (int p = 0; p < plane; p++)
        {
            float peak = kernels[p];
            for (int c = 1; c < taps; c++) peak = MathF.Max(peak, kernels[c * plane + p]);
            for (int c = 0; c < taps; c++) exps[c * plane + p] = MathF.Exp(kernels[c * plane + p] - peak);
        }
        float total = 0f;
        foreach (float e in exps) total += e; //~ LG0002
        for (int i = 0; i < exps.Length; i++) exps[i] /= total;
        return exps;
    }
}
