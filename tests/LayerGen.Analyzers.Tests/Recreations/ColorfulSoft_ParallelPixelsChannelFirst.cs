// Re-creation (our own code) of Layers.Softmax in ColorfulSoft/StyleTransfer-Colorization-SuperResolution,
// Colorization/2016. Colorful Image Colorization/Implementation/src/Layers/SoftmaxLayer.cs.
// Layout: a channel-first image tensor float[depth, height, width]; Parallel.For over rows y in a lambda,
// a softmax over the FIRST index (depth) for every pixel (y, x). Max via "if (amax < v)", sum in double.
// Correct: max and sum are reset per pixel and run over depth only.
using System;
using System.Threading.Tasks;

namespace Recreations.ColorfulSoftParallelPixelsChannelFirst;

public static class PixelSoftmax
{
    public static float[,,] Forward(float[,,] input)
    {
        int depth = input.GetLength(0);
        int height = input.GetLength(1);
        int width = input.GetLength(2);
        var result = new float[depth, height, width];
        Parallel.For(0, height, y =>
        {
            for (int x = 0; x < width; x++)
            {
                float amax = float.MinValue;
                for (int d = 0; d < depth; d++)
                {
                    float v = input[d, y, x];
                    if (amax < v)
                    {
                        amax = v;
                    }
                }

                double sum = 0.0;
                for (int d = 0; d < depth; d++)
                {
                    sum += Math.Exp((double)input[d, y, x] - amax);
                }

                for (int d = 0; d < depth; d++)
                {
                    result[d, y, x] = (float)(Math.Exp((double)input[d, y, x] - amax) / sum);
                }
            }
        });
        return result;
    }
}
