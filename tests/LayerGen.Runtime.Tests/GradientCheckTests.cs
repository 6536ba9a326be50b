namespace LayerGen.Runtime.Tests;

public class GradientCheckTests
{
    [Fact]
    public void Numerical_gradient_of_a_known_function_is_accurate_and_restores_the_parameters()
    {
        double[] p = [0.5, -1.25, 2.0, 3.0];
        double[] original = (double[])p.Clone();
        int calls = 0;
        double Loss()
        {
            calls++;
            return p[0] * p[0] * p[0] + Math.Sin(p[1]) + p[2] * p[3]; // ∇ = (3p0², cos p1, p3, p2)
        }

        var gradient = new double[4];
        GradientCheck.Numerical(p, Loss, gradient);

        Assert.Equal(original, p);
        Assert.Equal(8, calls); // two evaluations per parameter
        double[] exact = [3 * 0.25, Math.Cos(-1.25), 3.0, 2.0];
        Assert.InRange(GradientCheck.MaxRelativeError(exact, gradient), 0, 1e-9);
    }

    [Fact]
    public void Numerical_uses_the_given_step()
    {
        double[] p = [1.0];
        var gradient = new double[1];

        GradientCheck.Numerical(p, () => Math.Abs(p[0] - 1.05), gradient, step: 0.1); // (|0.05| − |−0.15|) / 0.2

        Assert.Equal(-0.5, gradient[0], 1e-12);
    }

    [Fact]
    public void Parameters_are_restored_when_the_loss_throws()
    {
        double[] p = [1.0, 2.0];
        Assert.Throws<InvalidOperationException>(() => GradientCheck.Numerical(p, () => throw new InvalidOperationException(), new double[2]));
        Assert.Equal(new[] { 1.0, 2.0 }, p);
    }

    [Fact]
    public void Max_relative_error_follows_the_documented_formula()
    {
        Assert.Equal(0.0, GradientCheck.MaxRelativeError([], []));
        Assert.Equal(0.5, GradientCheck.MaxRelativeError([1.0, 2.0], [1.0, 1.0]));     // |2 − 1| / 2
        Assert.Equal(0.5, GradientCheck.MaxRelativeError([-1.0], [-0.5]));            // |−1 + 0.5| / 1
        Assert.Equal(1e-10 / 1e-8, GradientCheck.MaxRelativeError([1e-10], [0.0]), 1e-15); // floor of 1e-8
        Assert.True(double.IsNaN(GradientCheck.MaxRelativeError([1.0, double.NaN], [1.0, 1.0])));
    }
}
