using System.Reflection;

namespace LayerGen.Runtime.Tests;

public class AttributeTests
{
    [Affine(784, 256), Relu, Affine(256, 10), SoftmaxWithLoss(10)]
    private sealed class Annotated;

    [Fact]
    public void Layer_attributes_keep_their_sizes_in_source_order()
    {
        var attributes = typeof(Annotated).GetCustomAttributes(inherit: false);

        Assert.Collection(
            attributes,
            a => Assert.Equal((784, 256), (((AffineAttribute)a).Inputs, ((AffineAttribute)a).Outputs)),
            a => Assert.IsType<ReluAttribute>(a),
            a => Assert.Equal((256, 10), (((AffineAttribute)a).Inputs, ((AffineAttribute)a).Outputs)),
            a => Assert.Equal(10, ((SoftmaxWithLossAttribute)a).Classes));
    }

    [Theory]
    [InlineData(typeof(AffineAttribute))]
    [InlineData(typeof(ReluAttribute))]
    [InlineData(typeof(SoftmaxAttribute))]
    [InlineData(typeof(SoftmaxWithLossAttribute))]
    public void Layer_attributes_are_repeatable_on_classes_only(Type attributeType)
    {
        var usage = attributeType.GetCustomAttribute<AttributeUsageAttribute>()!;

        Assert.True(usage.AllowMultiple);
        Assert.Equal(AttributeTargets.Class, usage.ValidOn);
    }

    [Fact]
    public void Layer_options_default_to_float_auto_kernel()
    {
        var options = new LayerOptionsAttribute();

        Assert.Equal((Precision.Float, 0, SoftmaxKernel.Auto), (options.Precision, options.Seed, options.Kernel));
    }
}
