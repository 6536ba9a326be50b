// expect: gradient
// Web Mercator (EPSG:3857) projection of three points given as (lat, lon) with latitudes bounded to ±85° by tanh:
// X = R·λ, Y = R·ln tan(π/4 + φ/2), in thousands of kilometres; plus each point's scale factor sec φ (float). Shape of the
// proj/leaflet spherical-mercator functions ported to C#, written from memory.
using System;
using LayerGen;

namespace HeldOut11;

[DifferentiableLayer(6, 9)]
public partial class WebMercatorProjectionFloat
{
    const float EarthRadiusMm = 6.378137f;   // megametres
    const float DegreesToRadians = MathF.PI / 180f;

    static void ForwardRow(ReadOnlySpan<float> x, Span<float> y)
    {
        for (int p = 0; p < 3; p++)
        {
            float latitude = 85f * MathF.Tanh(x[2 * p]) * DegreesToRadians;
            float longitude = 180f * MathF.Tanh(0.5f * x[2 * p + 1]) * DegreesToRadians;
            y[3 * p] = EarthRadiusMm * longitude;
            y[3 * p + 1] = EarthRadiusMm * MathF.Log(MathF.Tan(MathF.PI / 4f + latitude / 2f));
            y[3 * p + 2] = 1f / MathF.Cos(latitude);
        }
    }
}
