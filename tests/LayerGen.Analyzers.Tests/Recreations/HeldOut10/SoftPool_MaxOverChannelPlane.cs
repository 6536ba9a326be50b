// Re-creation (our own code) of the shape of SoftPool (Stergiou et al. 2021) over a flat CHW buffer, with the shift
// taken once per channel plane "to save work".
// Layout: flat float[] [C · H · W], plane offset c · H · W, 2×2 windows with stride 2, weights to a flat buffer.
// Bug (LG0001): the maximum runs over the whole channel plane, not over one pooling window; a window far below the
// plane's maximum underflows to 0 / 0.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class SoftPoolMaxOverChannelPlane
{
    public static void Weights(float[] activation, int channels, int height, int width, float[] weights)
    {
        int plane = height * width;
        for (int c = 0; c < channels; c++)
        {
            int origin = c * plane;
            float planeMax = float.NegativeInfinity;
            for (int p = 0; p < plane; p++)
                planeMax = MathF.Max(planeMax, activation[origin + p]); //~ LG0001

            for (int y = 0; y < height; y += 2)
            {
                for (int x = 0; x < width; x += 2)
                {
                    int topLeft = origin + y * width + x;
                    float sum = 0f;
                    for (int dy = 0; dy < 2; dy++)
                    {
                        for (int dx = 0; dx < 2; dx++)
                        {
                            int at = topLeft + dy * width + dx;
                            weights[at] = MathF.Exp(activation[at] - planeMax);
                            sum += weights[at];
                        }
                    }

                    for (int dy = 0; dy < 2; dy++)
                        for (int dx = 0; dx < 2; dx++)
                            weights[topLeft + dy * width + dx] /= sum;
                }
            }
        }
    }
}
