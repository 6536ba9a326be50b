// Re-creates the shape of a local correlation-window soft-argmax for optical flow (RAFT/PWC-Net style lookup; Teed &
// Deng 2020, the "soft-argmax over displacements" readout): per pixel, a softmax over the (2r+1)^2 displacements of
// its correlation window and the expected flow.
// Layout: rank-3 float[H, W, D] with D = (2r+1)^2 displacements on the last axis; flow float[H, W, 2].
// Correct: the max and the sum run over one pixel's displacements.
using System;

namespace HeldOut11;

public static class RaftCorrelation_WindowSoftArgmax
{
    public static void SoftArgmax(float[,,] correlation, int radius, float[,,] probability, float[,,] flow)
    {
        int height = correlation.GetLength(0);
        int width = correlation.GetLength(1);
        int side = 2 * radius + 1;
        int displacements = side * side;
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                float best = correlation[y, x, 0];
                for (int d = 1; d < displacements; d++)
                    best = correlation[y, x, d] > best ? correlation[y, x, d] : best;
                float mass = 0f;
                for (int d = 0; d < displacements; d++)
                {
                    probability[y, x, d] = MathF.Exp(correlation[y, x, d] - best);
                    mass += probability[y, x, d];
                }
                float u = 0f, v = 0f;
                for (int d = 0; d < displacements; d++)
                {
                    probability[y, x, d] /= mass;
                    u += probability[y, x, d] * (d % side - radius);
                    v += probability[y, x, d] * (d / side - radius);
                }
                flow[y, x, 0] = u;
                flow[y, x, 1] = v;
            }
        }
    }
}
