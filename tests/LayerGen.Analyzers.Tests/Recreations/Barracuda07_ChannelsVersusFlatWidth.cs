// Re-creation (our own code) of ReferenceCPUOps.Softmax(Tensor X) in Unity-Technologies/barracuda-release,
// Barracuda/Runtime/Core/Backends/BarracudaReferenceCPU.cs as shipped around Barracuda 0.7.
// Layout: [batch, height * width * channels] flat (X.flatHeight x X.flatWidth). The max loop runs over
// the first "channels" entries of a row while the sum and the output run over the whole flat width.
// Bug (LG0004): the max's range is not a superset of the sum's range; when a later entry of the row is far
// above the first "channels" ones, exp overflows (NaN). Equal only when height * width == 1.
using System;

namespace Recreations.Barracuda07ChannelsVersusFlatWidth;

public static class FlatSoftmax
{
    public static float[] Forward(float[] x, int batch, int channels, int flatWidth)
    {
        var o = new float[batch * flatWidth];
        for (int y = 0; y < batch; ++y)
        {
            float maxV = float.NegativeInfinity;
            for (int c = 0; c < channels; ++c)
            {
                float v = x[y * flatWidth + c];
                if (v > maxV) //~ LG0004
                {
                    maxV = v;
                }
            }

            float sum = 0f;
            for (int k = 0; k < flatWidth; ++k)
            {
                sum += MathF.Exp(x[y * flatWidth + k] - maxV);
            }

            for (int k = 0; k < flatWidth; ++k)
            {
                o[y * flatWidth + k] = MathF.Exp(x[y * flatWidth + k] - maxV) / sum;
            }
        }

        return o;
    }
}
