using LayerGen.Generator.Tests.Infrastructure;
using LayerGen.Generator.Tests.Layers;

namespace LayerGen.Generator.Tests;

/// <summary>
/// A custom layer that declares its own <c>Inputs</c>, <c>Outputs</c> and <c>ParameterCount</c> (the generator uses them)
/// and a constant named like a learnable's accessor (the accessor becomes <c>FactorsParameter</c>): it builds, its spans
/// sit where the declaration order puts them, and its backward passes the gradient check.
/// </summary>
public class UserConstantLayerTests
{
    [Fact]
    public void Layer_with_its_own_size_constants_and_a_constant_named_like_a_learnable_builds_and_gradient_checks()
    {
        var machine = new FactorMachineDouble();
        Assert.Equal(21, FactorMachineDouble.ParameterCount);
        Assert.Equal(21, machine.Parameters.Length);
        Assert.Equal(15, machine.FactorsParameter.Length);
        Assert.Equal(15, machine.FactorsParameterGradient.Length);
        Assert.Equal(5, machine.Linear.Length);

        // The accessors are views of Parameters in declaration order: bias, linear, factors.
        machine.FactorsParameter[0] = 0.42;
        Assert.Equal(0.42, machine.Parameters[6]);
        machine.Bias[0] = 0.3;

        double[] x = TestData.ToDouble(TestData.Gaussians(3 * 5, seed: 71));
        double error = CustomLayerGradients.MaxError(machine, x, 3 * 2, seed: 72);
        Assert.True(error < 1e-6, $"max relative error {error:E3}");
        Assert.Equal(machine.ParameterGradients.Slice(6, 15).ToArray(), machine.FactorsParameterGradient.ToArray());
    }
}
