using System.Collections.Immutable;
using LayerGen.Generator.Model;
using LayerGen.Generator.Parsing;
using LayerGen.Validation;

namespace LayerGen.Generator.Tests.Model;

/// <summary>The kernel policy as data: which variants, families and vector layouts a class gets, without emitting code.</summary>
public class SoftmaxKernelPlannerTests
{
    [Theory]
    [InlineData("Auto", 3, "Float", "Unrolled", null)]
    [InlineData("Auto", 8, "Float", "Vector256", "Unrolled")]
    [InlineData("Auto", 16, "Float", "Vector256", "Unrolled")]
    [InlineData("Auto", 17, "Float", "Vector256", "Scalar")]
    [InlineData("Auto", 3, "Double", "Unrolled", null)]
    [InlineData("Auto", 4, "Double", "Vector256", "Unrolled")]
    [InlineData("Scalar", 10, "Float", "Scalar", null)]
    [InlineData("Unrolled", 10, "Float", "Unrolled", null)]
    [InlineData("Vector256", 3, "Float", "Vector256", "Scalar")]
    public void Auto_takes_vectors_for_rows_that_fill_one_and_falls_back_by_size(string kernel, int size, string precision, string primary, string? fallback)
    {
        SoftmaxKernelPlan plan = SoftmaxKernelPlanner.Plan(size, Enum.Parse<ElementPrecision>(precision), Enum.Parse<KernelKind>(kernel), SoftmaxFamilies.Forward);

        Assert.Equal(primary, plan.Primary.ToString());
        Assert.Equal(fallback, plan.Fallback?.ToString());
        Assert.Equal(primary == "Vector256", plan.Vector is not null);
    }

    [Theory]
    [InlineData(40, "Float", "Auto", false)]
    [InlineData(48, "Float", "Auto", true)]
    [InlineData(16, "Double", "Auto", false)]
    [InlineData(24, "Double", "Auto", true)]
    [InlineData(48, "Float", "Vector256", false)]
    public void Only_an_Auto_forward_of_three_Vector512_widths_goes_to_the_runtime(int size, string precision, string kernel, bool expected)
    {
        (ElementPrecision p, KernelKind k) = (Enum.Parse<ElementPrecision>(precision), Enum.Parse<KernelKind>(kernel));
        Assert.Equal(expected, SoftmaxKernelPlanner.Plan(size, p, k, SoftmaxFamilies.Forward).ForwardUsesRuntimeWhenVector512);
        Assert.False(SoftmaxKernelPlanner.Plan(size, p, k, SoftmaxFamilies.Loss).ForwardUsesRuntimeWhenVector512);
    }

    [Theory]
    [InlineData(5, 8, "Padded", "Padded", 0, 5)]
    [InlineData(8, 8, "Registers", "Loop", 8, 0)]
    [InlineData(10, 8, "Registers", "Loop", 8, 2)]
    [InlineData(32, 8, "Registers", "Loop", 32, 0)]
    [InlineData(33, 8, "PairedLoop", "Loop", 32, 1)]
    [InlineData(17, 4, "PairedLoop", "Loop", 16, 1)]
    public void Vector_shape_keeps_up_to_four_vectors_in_registers_and_overlaps_the_last(
        int size, int lanes, string forward, string loss, int full, int tail)
    {
        VectorRowShape shape = SoftmaxKernelPlanner.Shape(size, lanes);

        Assert.Equal((forward, loss, full, tail), (shape.Forward.ToString(), shape.Loss.ToString(), shape.FullEntries, shape.TailEntries));
        Assert.Equal(size >= lanes, shape.Overlaps);
        Assert.Equal(shape.FullEntries, shape.PairedEntries + (shape.HasOddVector ? lanes : 0));
        if (size >= lanes)
        {
            // The last vector ends at the row's end; the others start at multiples of the lane count.
            Assert.Equal(size - lanes, shape.Offset(shape.Vectors - 1));
            Assert.Equal(lanes, shape.Vectors > 2 ? shape.Offset(1) : lanes);
        }
    }

    [Fact]
    public void A_network_gets_one_plan_per_size_with_only_the_families_it_uses()
    {
        ImmutableArray<ResolvedLayer> layers =
        [
            new(LayerKind.Softmax, 6, 6), new(LayerKind.Affine, 6, 9), new(LayerKind.Softmax, 9, 9),
            new(LayerKind.Affine, 9, 6), new(LayerKind.SoftmaxWithLoss, 6, 6),
        ];
        NetworkLayout network = NetworkLayoutPlanner.Plan(layers);

        EquatableArray<SoftmaxKernelPlan> plans = SoftmaxKernelPlanner.ForClass(layers, network, ElementPrecision.Float, KernelKind.Auto);

        // The first softmax has nothing below it (no gradient); size 6 also carries the loss.
        Assert.Equal([6, 9], plans.Select(plan => plan.Size));
        Assert.Equal(SoftmaxFamilies.Forward | SoftmaxFamilies.Loss, plans[0].Families);
        Assert.Equal(SoftmaxFamilies.Forward | SoftmaxFamilies.Gradient, plans[1].Families);
        Assert.Empty(SoftmaxKernelPlanner.ForClass(layers, network, ElementPrecision.Float, KernelKind.Runtime));
    }

    [Fact]
    public void A_network_without_a_loss_plans_no_gradient()
    {
        ImmutableArray<ResolvedLayer> layers = [new(LayerKind.Affine, 4, 6), new(LayerKind.Softmax, 6, 6)];

        EquatableArray<SoftmaxKernelPlan> plans = SoftmaxKernelPlanner.ForClass(layers, NetworkLayoutPlanner.Plan(layers), ElementPrecision.Double, KernelKind.Auto);

        Assert.Equal(SoftmaxFamilies.Forward, Assert.Single(plans).Families);
    }
}
