// Source: "Show, Attend and Tell" soft attention over the image grid (Xu et al. 2015), re-created as a batched port
// that reduced the max over the batch dimension.
// Layout: float[batch, height, width]; the softmax axis is the (h, w) grid of one image.
// Bug (LG0004): the max is taken per grid location over the images of the batch, while the sum runs over the grid
// of each image: the max and the sum run over different axes.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class ShowAttendTell_MaxPerLocation
{
    public static float[,,] Alpha(float[,,] energies)
    {
        int batch = energies.GetLength(0), height = energies.GetLength(1), width = energies.GetLength(2);
        var locationMax = new float[height, width];
        for (int h = 0; h < height; h++)
            for (int w = 0; w < width; w++)
            {
                locationMax[h, w] = float.NegativeInfinity;
                for (int b = 0; b < batch; b++)
                    locationMax[h, w] = MathF.Max(locationMax[h, w], energies[b, h, w]); //~ LG0004
            }

        var alpha = new float[batch, height, width];
        for (int b = 0; b < batch; b++)
        {
            float sum = 0f;
            for (int h = 0; h < height; h++)
                for (int w = 0; w < width; w++)
                    sum += alpha[b, h, w] = MathF.Exp(energies[b, h, w] - locationMax[h, w]);
            for (int h = 0; h < height; h++)
                for (int w = 0; w < width; w++)
                    alpha[b, h, w] /= sum;
        }
        return alpha;
    }
}
