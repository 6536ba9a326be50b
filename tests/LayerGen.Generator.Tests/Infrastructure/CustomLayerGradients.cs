using LayerGen.Generator.Tests.Layers;

namespace LayerGen.Generator.Tests.Infrastructure;

/// <summary>Central-difference checks of a generated custom layer's Backward on one batch, through its public API.</summary>
internal static class CustomLayerGradients
{
    /// <summary>
    /// The largest relative error of <c>Backward</c>'s input and parameter gradients against central differences of
    /// loss = Σ dy · Forward(x), with dy from <paramref name="seed"/>; every Forward writes into a buffer full of NaN.
    /// </summary>
    public static double MaxError(ICustomLayer<double> layer, double[] x, int outputs, int seed)
    {
        double[] dy = TestData.ToDouble(TestData.Gaussians(outputs, seed));
        double[] dx = new double[x.Length];
        layer.Backward(x, dy, dx);
        double[] analyticParameters = layer.ParameterGradients.ToArray();
        double Loss()
        {
            double[] y = new double[outputs];
            Array.Fill(y, double.NaN);
            layer.Forward(x, y);
            double sum = 0;
            for (int i = 0; i < outputs; i++)
            {
                sum += dy[i] * y[i];
            }

            return sum;
        }

        double[] numericalX = new double[x.Length];
        GradientCheck.Numerical(x, Loss, numericalX);
        double error = GradientCheck.MaxRelativeError(dx, numericalX);
        if (analyticParameters.Length > 0)
        {
            double[] numericalParameters = new double[analyticParameters.Length];
            GradientCheck.Numerical(layer.Parameters, Loss, numericalParameters);
            error = Math.Max(error, GradientCheck.MaxRelativeError(analyticParameters, numericalParameters));
        }

        return error;
    }
}
