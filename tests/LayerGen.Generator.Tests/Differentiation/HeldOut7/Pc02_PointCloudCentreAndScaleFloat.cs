// Point-cloud normalisation as in PointNet/ModelNet loaders: subtract the centroid of six 3-D points, then divide by
// the RMS distance to it (the loaders use the farthest point; the RMS keeps it smooth), written with a do/while over
// the points and foreach over a view. Shape of pc_normalize in the PointNet++ data utilities, from memory.
// A user expects the gradient of the normalised cloud.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut7;

[DifferentiableLayer(18)]
public partial class PointCloudCentreAndScaleFloat
{
    const int Points = 6;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        float cx = 0f, cy = 0f, cz = 0f;
        int p = 0;
        do
        {
            cx += x[3 * p];
            cy += x[3 * p + 1];
            cz += x[3 * p + 2];
            p++;
        } while (p < Points);
        cx /= Points;
        cy /= Points;
        cz /= Points;

        for (int i = 0; i < Points; i++)
        {
            y[3 * i] = x[3 * i] - cx;
            y[3 * i + 1] = x[3 * i + 1] - cy;
            y[3 * i + 2] = x[3 * i + 2] - cz;
        }

        float squares = 0f;
        foreach (float v in y) squares += v * v;
        float radius = MathF.Sqrt(squares / Points) + 1e-6f;
        for (int i = 0; i < y.Length; i++) y[i] /= radius;
    }
}
