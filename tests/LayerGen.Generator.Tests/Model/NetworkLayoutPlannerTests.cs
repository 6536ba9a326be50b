using System.Collections.Immutable;
using LayerGen.Generator.Model;
using LayerGen.Generator.Parsing;
using LayerGen.Validation;

namespace LayerGen.Generator.Tests.Model;

/// <summary>The network layout as data: numbering, parameter offsets and what the backward pass reads.</summary>
public class NetworkLayoutPlannerTests
{
    [Fact]
    public void FashionNet_layout_puts_each_bias_after_its_weights()
    {
        ImmutableArray<ResolvedLayer> layers =
        [
            new(LayerKind.Affine, 784, 256), new(LayerKind.Relu, 256, 256), new(LayerKind.Affine, 256, 128),
            new(LayerKind.Relu, 128, 128), new(LayerKind.Affine, 128, 10), new(LayerKind.SoftmaxWithLoss, 10, 10),
        ];

        NetworkLayout layout = NetworkLayoutPlanner.Plan(layers);

        Assert.Equal((784, 10, 235146, 10), (layout.Inputs, layout.Outputs, layout.ParameterCount, layout.LossClasses));
        Assert.Equal(5, layout.Layers.Length);
        LayoutLayer[] expected =
            [
                new LayoutLayer(1, LayerKind.Affine, 784, 256, 1, 0, 200704, false),
                new LayoutLayer(2, LayerKind.Relu, 256, 256, 0, 0, 0, true),
                new LayoutLayer(3, LayerKind.Affine, 256, 128, 2, 200960, 233728, false),
                new LayoutLayer(4, LayerKind.Relu, 128, 128, 0, 0, 0, true),
                new LayoutLayer(5, LayerKind.Affine, 128, 10, 3, 233856, 235136, false),
            ];
        Assert.True(expected.SequenceEqual(layout.Layers), string.Join("\n", layout.Layers));
        Assert.False(layout.Layers[0].PropagatesGradient);
        Assert.True(layout.Layers[1].PropagatesGradient);
    }

    [Fact]
    public void A_network_without_a_loss_keeps_its_last_layer()
    {
        NetworkLayout layout = NetworkLayoutPlanner.Plan([new(LayerKind.Affine, 3, 2)]);

        Assert.False(layout.HasLoss);
        Assert.Equal((3, 2, 8), (layout.Inputs, layout.Outputs, layout.ParameterCount));
        Assert.False(layout.Last.PropagatesGradient);
    }

    [Fact]
    public void A_network_without_parameters_has_an_empty_layout()
    {
        NetworkLayout layout = NetworkLayoutPlanner.Plan([new(LayerKind.Softmax, 7, 7), new(LayerKind.SoftmaxWithLoss, 7, 7)]);

        Assert.Equal((7, 7, 0, 7), (layout.Inputs, layout.Outputs, layout.ParameterCount, layout.LossClasses));
        Assert.Equal(0, layout.Layers[0].AffineIndex);

        // The first softmax has nothing below it: its output is read by no backward step.
        Assert.False(layout.Layers[0].OutputReadByBackward);
    }
}
