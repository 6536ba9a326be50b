// Source: "Show, Attend and Tell" soft attention over the image grid (Xu et al. 2015; the sgrvinod
// a-PyTorch-Tutorial-to-Image-Captioning Attention module: softmax over all H*W locations), re-created.
// Layout: float[batch, height, width] attention energies; the softmax axis spans two array dimensions (h, w).
// Correct: each image's max and sum run over both spatial dimensions, nothing wider.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class ShowAttendTell_SpatialTwoAxes
{
    public static float[,,] Alpha(float[,,] energies)
    {
        int batch = energies.GetLength(0), height = energies.GetLength(1), width = energies.GetLength(2);
        var alpha = new float[batch, height, width];
        for (int b = 0; b < batch; b++)
        {
            float peak = float.NegativeInfinity;
            for (int h = 0; h < height; h++)
                for (int w = 0; w < width; w++)
                    peak = MathF.Max(peak, energies[b, h, w]);

            float sum = 0f;
            for (int h = 0; h < height; h++)
                for (int w = 0; w < width; w++)
                    sum += alpha[b, h, w] = MathF.Exp(energies[b, h, w] - peak);

            for (int h = 0; h < height; h++)
                for (int w = 0; w < width; w++)
                    alpha[b, h, w] /= sum;
        }
        return alpha;
    }
}
