// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using LayerGen.Generator.Model;
using System;
using System.Collections.Immutable;
using System.Linq;
using LayerGen.Analyzers;
using LayerGen.Differentiation.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Differentiation.Lowering;

internal sealed partial class ForwardRowLowering
{
    /// <summary>Lowers a real-valued expression; reports and returns null outside the subset.</summary>
    private RealExpr? Real(IOperation operation)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (operation is IInvalidOperation || operation.Type is null or IErrorTypeSymbol)
        {
            _broken = true;
            return null;
        }

        RealType? type = RealTypeOf(operation.Type);
        if (type is { } constantType && operation.ConstantValue is { HasValue: true, Value: { } constant })
        {
            return new RealConstant(constantType, Convert.ToDouble(constant, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (type is not { } realType)
        {
            if (IsInteger(operation.Type))
            {
                return IntAsReal(operation, RealType.Double);
            }

            if (!IsPoisoned(OperandContext(operation)))
            {
                Report(RuleIdentifiers.UnsupportedExpression, operation, "'" + Text(operation.Syntax) + "' of type " + operation.Type.ToDisplayString(), Supported.Expressions);
            }

            return null;
        }

        switch (operation)
        {
            case IParameterReferenceOperation parameter when InlinedReal(parameter.Parameter) is { } boundParameter:
                return boundParameter;
            case ILocalReferenceOperation local when InlinedReal(local.Local) is { } boundLocal:
                return boundLocal;
            case ILocalReferenceOperation reference when _realLocals.TryGetValue(reference.Local, out int id):
                return new RealLocal(_localInfos[id].Type, id);
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer when ViewOf(indexer.Instance) is { } view:
                return Position(indexer.Arguments[0].Value, view.Length) is { } index && ElementIndex(view, index, indexer.Arguments[0].Value) is { } element
                    ? new ElementRead(ElementTypeOfArray(view.Array), view.Array, element)
                    : null;
            case IArrayElementReferenceOperation { Indices.Length: 1 } arrayElement when ViewOf(arrayElement.ArrayReference) is { } arrayView:
                return Position(arrayElement.Indices[0], arrayView.Length) is { } arrayIndex && ElementIndex(arrayView, arrayIndex, arrayElement.Indices[0]) is { } arrayAt
                    ? new ElementRead(ElementTypeOfArray(arrayView.Array), arrayView.Array, arrayAt)
                    : null;
            case IArrayElementReferenceOperation { Indices.Length: 1, ArrayReference: IFieldReferenceOperation } tableElement:
                return TableViewOf(tableElement.ArrayReference, tableElement) is { } realTable ? RealTableElement(realTable, realType, tableElement.Indices[0]) : null;
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } tableIndexer when TableViewOf(tableIndexer.Instance, tableIndexer) is { } spanTable:
                return RealTableElement(spanTable, realType, tableIndexer.Arguments[0].Value);
            case IImplicitIndexerReferenceOperation { Argument: not IRangeOperation } tableFromEnd when TableViewOf(tableFromEnd.Instance, tableFromEnd) is { } endTable:
                return RealTableElement(endTable, realType, tableFromEnd.Argument);
            case IImplicitIndexerReferenceOperation { Argument: not IRangeOperation } fromEnd when ViewOf(fromEnd.Instance) is { } endView:
                return RangeEnd(fromEnd.Argument, endView) is { } at ? new ElementRead(ElementTypeOfArray(endView.Array), endView.Array, endView.At(at)) : null;
            case IBinaryOperation binary when RealOperatorOf(binary.OperatorKind) is { } op && binary.OperatorMethod is null:
                RealExpr? left = Real(binary.LeftOperand), right = Real(binary.RightOperand);
                return left is null || right is null ? null : new RealBinary(realType, op, Coerce(left, realType), Coerce(right, realType));
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus, OperatorMethod: null } minus:
                return Real(minus.Operand) is { } negated ? new RealNegate(realType, Coerce(negated, realType)) : null;
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Plus, OperatorMethod: null } plus:
                return Real(plus.Operand) is { } operand ? Coerce(operand, realType) : null;
            case IConversionOperation { Conversion.IsUserDefined: false, Operand: IInvocationOperation sign } when IsSign(sign):
                return Real(sign.Arguments[0].Value) is { } signed ? Sign(Coerce(signed, realType), realType) : null;
            case IConversionOperation { Conversion.IsUserDefined: false } conversion:
                if (IsInteger(conversion.Operand.Type))
                {
                    return IntAsReal(conversion.Operand, realType);
                }

                if (RealTypeOf(conversion.Operand.Type) is null)
                {
                    break;
                }

                return Real(conversion.Operand) is { } converted ? Coerce(converted, realType) : null;
            case IInvocationOperation invocation:
                return Call(invocation, realType);
            case ISwitchExpressionOperation switchExpression:
                return RealSwitch(switchExpression, realType);
            case IConditionalOperation { IsRef: false, WhenFalse: { } otherwise } hoisted when NeedsGuardedHoisting(hoisted.WhenTrue) || NeedsGuardedHoisting(otherwise):
                return HoistedChoice(Text(hoisted.Syntax), [Condition(hoisted.Condition)], [() => Real(hoisted.WhenTrue), () => Real(otherwise)], realType) as RealExpr;
            case IConditionalOperation { IsRef: false, WhenFalse: not null } ternary:
                Condition? condition = Condition(ternary.Condition);
                RealExpr? whenTrue, whenFalse;
                _conditionalDepth++;
                try
                {
                    whenTrue = Real(ternary.WhenTrue);
                    whenFalse = Real(ternary.WhenFalse);
                }
                finally
                {
                    _conditionalDepth--;
                }

                return condition is null || whenTrue is null || whenFalse is null
                    ? null
                    : new RealChoose(realType, condition, Coerce(whenTrue, realType), Coerce(whenFalse, realType));
            case IFieldReferenceOperation { Field: { IsStatic: true, IsConst: false } staticField } when !_writtenFields.Contains(staticField) &&
                                                                                                   RealTypeOf(staticField.Type) is { } fieldType:
                // Read as a run-time constant of the row (derivative 0): a temperature or scale set from outside.
                return Coerce(new RealStaticRead(fieldType, staticField.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)), realType);
            case IFieldReferenceOperation { Instance: { } owner } when IsPoisoned(owner):
                return null; // a field of a rejected value (next.X of a rejected Vector2 local): its cause is reported
            case IFieldReferenceOperation field when !_writtenFields.Contains(field.Field):
                Report(RuleIdentifiers.UnsupportedExpression, operation, "reading the field '" + field.Field.Name + "'",
                    "only const fields and constant tables (private static readonly int/float/double arrays initialised with constants, only read) can be read; pass other values as learnable parameters");
                return null;
            case ISimpleAssignmentOperation or ICompoundAssignmentOperation when AssignedValue(operation) is { } assigned:
                return Coerce(assigned, realType);
            case ISimpleAssignmentOperation or ICompoundAssignmentOperation or IIncrementOrDecrementOperation:
                Report(RuleIdentifiers.UnsupportedExpression, operation, "the assignment inside the expression '" + Text(operation.Syntax) + "'",
                    "write each assignment as its own statement");
                return null;
        }

        if (ReadsWrittenField(operation))
        {
            _silenced.Add(operation); // its write is reported
        }
        else if (!IsPoisoned(operation))
        {
            Report(RuleIdentifiers.UnsupportedExpression, operation, "'" + Text(operation.Syntax) + "'", Supported.Expressions);
        }

        return null;
    }

    /// <summary>
    /// An int used as a real. An int ternary chosen by data (<c>v &gt;= a &amp;&amp; v &lt; b ? 1 : 0</c>, an indicator) is a real
    /// choice between its converted branches: a piecewise constant, derivative 0 (the branches' own derivatives are 0).
    /// </summary>
    private RealExpr? IntAsReal(IOperation operation, RealType type)
    {
        if (Unconverted(operation) is IConditionalOperation { IsRef: false, WhenFalse: { } whenFalse } ternary && IsInteger(ternary.Type) && !ReadsNoData(ternary.Condition))
        {
            Condition? condition = Condition(ternary.Condition);
            RealExpr? whenTrue, otherwise;
            _conditionalDepth++;
            try
            {
                whenTrue = IntAsReal(ternary.WhenTrue, type);
                otherwise = IntAsReal(whenFalse, type);
            }
            finally
            {
                _conditionalDepth--;
            }

            return condition is null || whenTrue is null || otherwise is null ? null : new RealChoose(type, condition, Coerce(whenTrue, type), Coerce(otherwise, type));
        }

        return Int(operation) is { } integer ? new IntToReal(type, integer) : null;
    }

    private static RealExpr Coerce(RealExpr value, RealType type) =>
        value.Type == type ? value : value is RealConstant constant ? new RealConstant(type, type == RealType.Float ? (float)constant.Value : constant.Value) : new RealConvert(type, value);

    private RealExpr? Call(IInvocationOperation invocation, RealType type)
    {
        IMethodSymbol target = invocation.TargetMethod;
        string? owner = target.ContainingType?.ToDisplayString();
        bool isMath = target.IsStatic && owner is "System.Math" or "System.MathF" or "float" or "double";
        if (!isMath)
        {
            return Inline(invocation, Real) is { } value ? Coerce(value, type) : null;
        }

        if (target.Name is "ScaleB" or "Round" && invocation.Arguments.Length == 2 && IsInteger(invocation.Arguments[1].Value.Type))
        {
            return WithIntegerArgument(invocation, type);
        }

        MathFunction? function = FunctionOf(target.Name, invocation.Arguments.Length);
        if (function is not { } known)
        {
            if (ComposedFunctions.Contains(target.Name) && Composed(target.Name, Placeholders(invocation.Arguments.Length, type), type) is not null)
            {
                // A supported composition: an argument outside the subset is reported there, not as this call.
                return LowerArguments(invocation, type) is { } composedArguments ? Composed(target.Name, composedArguments, type) : null;
            }

            if (target.Name is "ReciprocalEstimate" or "ReciprocalSqrtEstimate")
            {
                // ForwardRow itself runs in Forward: a hardware estimate there is piecewise, its slope not -1/v², so no
                // derived backward could match it.
                Report(RuleIdentifiers.UnsupportedCall, invocation, ShortOwner(owner!) + "." + target.Name + " (a platform-dependent estimate whose slope is not that of the exact function)",
                    "write 1 / v or 1 / Math.Sqrt(v) instead; " + Supported.Functions);
                return null;
            }

            Report(RuleIdentifiers.UnsupportedCall, invocation, ShortOwner(owner!) + "." + target.Name + " (not differentiated by LayerGen)",
                Supported.Functions + "; write it with those");
            return null;
        }

        var arguments = ImmutableArray.CreateBuilder<RealExpr>(invocation.Arguments.Length);
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (Real(argument.Value) is not { } value)
            {
                return null;
            }

            arguments.Add(Coerce(value, type));
        }

        return new MathCall(type, known, new EquatableArray<RealExpr>(arguments.MoveToImmutable()));
    }

    private static string ShortOwner(string owner) => owner.StartsWith("System.", StringComparison.Ordinal) ? owner.Substring(7) : owner;

    private static MathFunction? FunctionOf(string name, int arguments) => (name, arguments) switch
    {
        ("Exp", 1) => MathFunction.Exp,
        ("Log", 1) => MathFunction.Log,
        ("Sqrt", 1) => MathFunction.Sqrt,
        ("Tanh", 1) => MathFunction.Tanh,
        ("Pow", 2) => MathFunction.Pow,
        ("Max", 2) => MathFunction.Max,
        ("Min", 2) => MathFunction.Min,
        ("Abs", 1) => MathFunction.Abs,
        ("Sin", 1) => MathFunction.Sin,
        ("Cos", 1) => MathFunction.Cos,
        ("ExpM1", 1) => MathFunction.ExpM1,
        ("LogP1", 1) => MathFunction.LogP1,
        ("Exp2", 1) => MathFunction.Exp2,
        ("Log2", 1) => MathFunction.Log2,
        ("Log10", 1) => MathFunction.Log10,
        ("Cbrt", 1) => MathFunction.Cbrt,
        ("Sinh", 1) => MathFunction.Sinh,
        ("Cosh", 1) => MathFunction.Cosh,
        ("Atan", 1) => MathFunction.Atan,
        ("Asin", 1) => MathFunction.Asin,
        ("Acos", 1) => MathFunction.Acos,
        ("FusedMultiplyAdd", 3) => MathFunction.FusedMultiplyAdd,
        ("CopySign", 2) => MathFunction.CopySign,
        ("MaxMagnitude", 2) => MathFunction.MaxMagnitude,
        ("MinMagnitude", 2) => MathFunction.MinMagnitude,
        ("Tan", 1) => MathFunction.Tan,
        ("Atan2", 2) => MathFunction.Atan2,
        ("Hypot", 2) => MathFunction.Hypot,
        ("Asinh", 1) => MathFunction.Asinh,
        ("Acosh", 1) => MathFunction.Acosh,
        ("Atanh", 1) => MathFunction.Atanh,
        ("Floor", 1) => MathFunction.Floor,
        ("Ceiling", 1) => MathFunction.Ceiling,
        ("Truncate", 1) => MathFunction.Truncate,
        ("Round", 1) => MathFunction.Round,
        _ => null,
    };

    /// <summary>Reports a call outside the subset; <paramref name="notInlined"/> says why a method of the user's own code is not inlined.</summary>
    private void ReportCall(IInvocationOperation invocation, string? notInlined = null)
    {
        if (invocation.Instance is { } receiver && IsPoisoned(receiver))
        {
            PoisonDeclaredLocals(invocation);
            return; // a method of a value whose construct is reported
        }

        IMethodSymbol target = invocation.TargetMethod;
        string name = (target.ContainingType is { } type ? ShortOwner(type.ToDisplayString()) + "." : string.Empty) + target.Name;
        bool ownCode = target.MethodKind == MethodKind.LocalFunction || !target.DeclaringSyntaxReferences.IsEmpty;
        string construct = notInlined == "recursive" || SymbolEqualityComparer.Default.Equals(target.OriginalDefinition, _method.OriginalDefinition)
            ? "the recursive call '" + Text(invocation.Syntax) + "'"
            : "the call '" + Text(invocation.Syntax) + "' (" + name + (ownCode && notInlined is not null ? ": " + notInlined : string.Empty) + ")";
        Report(RuleIdentifiers.UnsupportedCall, invocation, construct, (ownCode ? null : IntegerCallRewrite(invocation)) ??
            Supported.Functions + (ownCode ? "; " + Supported.Helpers : "; write other computations inline"));
    }

    /// <summary>
    /// For a library call on integers that returns integers (Math.DivRem, BitOperations.PopCount…), how to write it with
    /// the integer operators the subset takes: Math.DivRem(i, Width) is (i / Width, i % Width). Null for other calls.
    /// </summary>
    private static string? IntegerCallRewrite(IInvocationOperation invocation)
    {
        IMethodSymbol target = invocation.TargetMethod;
        bool integerResult = IsInteger(target.ReturnType) || target.ReturnType is INamedTypeSymbol { IsTupleType: true } tuple && tuple.TupleElements.All(e => IsInteger(e.Type));
        if (!integerResult || target.Parameters.Length == 0 || !target.Parameters.All(p => IsInteger(p.Type) && p.RefKind == RefKind.None))
        {
            return null;
        }

        const string Operators = "integer results are computed with operators and the calls listed here, not with library methods; ";
        if (target.Name == "DivRem" && invocation.Arguments.Length == 2)
        {
            string a = Operand(invocation.Arguments[0].Value.Syntax), b = Operand(invocation.Arguments[1].Value.Syntax);
            string quotient = a + " / " + b, remainder = a + " % " + b;
            IOperation? user = invocation.Parent is IConversionOperation conversion ? conversion.Parent : invocation.Parent;
            string written = user is IDeconstructionAssignmentOperation { Syntax: AssignmentExpressionSyntax { Left: var left } }
                ? Text(left) + " = (" + quotient + ", " + remainder + ")"
                : "(" + quotient + ", " + remainder + ")";
            return Operators + "write " + Text(invocation.Syntax) + " as '" + written + "'; " + Supported.Indices;
        }

        return Operators + Supported.Indices;
    }

    /// <summary>An argument's text as an operand of / or %: parenthesised unless it is a name, a literal, a call or an element.</summary>
    private static string Operand(SyntaxNode argument) =>
        argument is IdentifierNameSyntax or LiteralExpressionSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax
            or ParenthesizedExpressionSyntax
            ? Text(argument)
            : "(" + Text(argument) + ")";

    /// <summary>Lowers an integer expression (an index, a bound); reports and returns null when it may depend on data.</summary>
    private IntExpr? Int(IOperation operation)
    {
        if (operation is IInvalidOperation || operation.Type is null or IErrorTypeSymbol)
        {
            _broken = true;
            return null;
        }

        if (IsInteger(operation.Type) && operation.ConstantValue is { HasValue: true, Value: int constant })
        {
            return new IntConstant(constant);
        }

        switch (operation)
        {
            case IConversionOperation { Conversion.IsUserDefined: false } conversion when IsInteger(conversion.Operand.Type) || conversion.Operand.Type?.SpecialType is SpecialType.System_Int16 or SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_UInt16 or SpecialType.System_Char:
                return Int(conversion.Operand);
            case IConversionOperation { Conversion.IsUserDefined: false } conversion when RealTypeOf(conversion.Operand.Type) is not null:
                return IntFromData(conversion);
            case IParameterReferenceOperation parameter when InlinedInt(parameter.Parameter) is { } boundParameter:
                return boundParameter;
            case ILocalReferenceOperation local when InlinedInt(local.Local) is { } boundLocal:
                return boundLocal;
            case IInvocationOperation invocation when IsInteger(invocation.Type) && !IsSign(invocation) &&
                                                      (invocation.TargetMethod.MethodKind == MethodKind.LocalFunction || !invocation.TargetMethod.DeclaringSyntaxReferences.IsEmpty):
                return Inline(invocation, Int);
            case IInvocationOperation invocation when IsInteger(invocation.Type) && IsIntegerMath(invocation):
                return IntegerMath(invocation);
            case IFieldReferenceOperation { Field: { IsStatic: true, IsConst: false } intField } when !_writtenFields.Contains(intField):
                Report(RuleIdentifiers.UnsupportedExpression, operation, "reading the int field '" + intField.Name + "'",
                    "loop bounds and indices must be known when the row starts: make it const; a static float or double field is read as a run-time constant");
                return null;
            case ILocalReferenceOperation reference when _intLocals.TryGetValue(reference.Local, out int id):
                return _mutableInts.Contains(id) ? new IntMutable(id) : new IntVariable(id);
            case IIncrementOrDecrementOperation { Target: ILocalReferenceOperation stepped } step
                when _intLocals.TryGetValue(stepped.Local, out int steppedId) && _mutableInts.Contains(steppedId):
                return SteppedIndex(step, stepped, steppedId);
            case IConditionalOperation { IsRef: false, WhenFalse: not null } ternary when IsInteger(ternary.Type):
                return IntChoice(ternary);
            case ISwitchExpressionOperation switchExpression when IsInteger(switchExpression.Type):
                return IntSwitch(switchExpression);
            case ILocalReferenceOperation reference when _rejectedLocals.Contains(reference.Local):
                return null; // its declaration is reported
            case IPropertyReferenceOperation { Property.Name: "Length", Property.IsIndexer: false } length when ViewOf(length.Instance) is { } view:
                return view.Length;
            case IPropertyReferenceOperation { Property.Name: "Length", Property.IsIndexer: false, Instance: IFieldReferenceOperation } tableLength:
                return TableViewOf(tableLength.Instance, tableLength)?.Length;
            case IPropertyReferenceOperation { Property.Name: "Length", Property.IsIndexer: false } spanTableLength when TableViewOf(spanTableLength.Instance, spanTableLength) is { } lengthTable:
                return lengthTable.Length;
            case IArrayElementReferenceOperation { Indices.Length: 1, ArrayReference: IFieldReferenceOperation } tableElement:
                return TableViewOf(tableElement.ArrayReference, tableElement) is { } intTable ? IntTableElement(intTable, tableElement.Indices[0]) : null;
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } tableIndexer when TableViewOf(tableIndexer.Instance, tableIndexer) is { } spanTable:
                return IntTableElement(spanTable, tableIndexer.Arguments[0].Value);
            case IImplicitIndexerReferenceOperation { Argument: not IRangeOperation } tableFromEnd when TableViewOf(tableFromEnd.Instance, tableFromEnd) is { } endTable:
                return IntTableElement(endTable, tableFromEnd.Argument);
            case IBinaryOperation binary when IsInteger(binary.Type) && IntOperatorOf(binary.OperatorKind) is { } op && binary.OperatorMethod is null:
                IntExpr? left = Int(binary.LeftOperand), right = Int(binary.RightOperand);
                return left is null || right is null ? null : new IntBinary(op, left, right);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } minus when IsInteger(minus.Type):
                return Int(minus.Operand) is { } operand ? new IntNegate(operand) : null;
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Plus } plus when IsInteger(plus.Type):
                return Int(plus.Operand);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.BitwiseNegation, OperatorMethod: null } complement when IsInteger(complement.Type):
                return Int(complement.Operand) is { } bits ? new IntBinary(IntOperator.ExclusiveOr, bits, new IntConstant(-1)) : null; // ~v = v ^ -1
        }

        if (IsPoisoned(operation))
        {
            return null; // it reads a value whose construct is reported
        }

        Report(RuleIdentifiers.UnsupportedIndex, operation, "the integer expression '" + Text(operation.Syntax) + "'", Supported.Indices);
        return null;
    }

    private Condition? Condition(IOperation operation)
    {
        if (operation is IInvalidOperation || operation.Type is IErrorTypeSymbol)
        {
            _broken = true;
            return null;
        }

        if (operation.ConstantValue is { HasValue: true, Value: bool constant })
        {
            return new BoolConstant(constant);
        }

        switch (operation)
        {
            case ILocalReferenceOperation reference when _boolLocals.Contains(reference.Local):
                return BoolLocalCondition(reference);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } hoisted when NeedsGuardedHoisting(hoisted.RightOperand):
                return HoistedLogical(hoisted, hoisted.OperatorKind == BinaryOperatorKind.ConditionalAnd);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } logical:
                Condition? left = Condition(logical.LeftOperand), right;
                _conditionalDepth++;
                try
                {
                    right = Condition(logical.RightOperand);
                }
                finally
                {
                    _conditionalDepth--;
                }

                return left is null || right is null ? null : new Logical(logical.OperatorKind == BinaryOperatorKind.ConditionalAnd, left, right);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                return Condition(not.Operand) is { } negated ? new Not(negated) : null;
            case IIsPatternOperation isPattern when IsInteger(isPattern.Value.Type) || RealTypeOf(isPattern.Value.Type) is not null:
                // 'v is > -1 and < 1', 'i is 0 or 3', 'v is not double.NaN': the patterns a switch takes (ForwardRowLowering.Switches.cs).
                return LowerSwitchInput(isPattern.Value) is { } input ? PatternCondition(isPattern.Pattern, input) : null;
            case IBinaryOperation binary when CompareOperatorOf(binary.OperatorKind) is { } op && binary.OperatorMethod is null:
                if (IsInteger(binary.LeftOperand.Type) && IsInteger(binary.RightOperand.Type))
                {
                    IntExpr? intLeft = Int(binary.LeftOperand), intRight = Int(binary.RightOperand);
                    return intLeft is null || intRight is null ? null : new IntCompare(op, intLeft, intRight);
                }

                RealExpr? realLeft = Real(binary.LeftOperand), realRight = Real(binary.RightOperand);
                if (realLeft is null || realRight is null)
                {
                    return null;
                }

                RealType type = realLeft.Type == RealType.Double || realRight.Type == RealType.Double ? RealType.Double : RealType.Float;
                return new RealCompare(op, Coerce(realLeft, type), Coerce(realRight, type));
            case IInvocationOperation { TargetMethod: { IsStatic: true, Parameters.Length: 1 } test } classification when IsClassification(test):
                return Classification(test.Name, classification.Arguments[0].Value);
        }

        if (!IsPoisoned(operation))
        {
            Report(RuleIdentifiers.UnsupportedExpression, operation, "the condition '" + Text(operation.Syntax) + "'",
                "conditions are comparisons (<, <=, >, >=, ==, !=) of values or indices and is patterns on them (v is > 0 and < 1, i is 0 or 3, v is double.NaN), combined with &&, || and !");
        }
        else
        {
            PoisonDeclaredLocals(operation);
        }

        return null;
    }

    private static bool IsClassification(IMethodSymbol method) =>
        method.Name is "IsNaN" or "IsFinite" or "IsInfinity" or "IsPositiveInfinity" or "IsNegativeInfinity" &&
        method.ContainingType?.SpecialType is SpecialType.System_Single or SpecialType.System_Double;

    /// <summary>
    /// <c>double.IsNaN(v)</c>, <c>IsFinite</c>, <c>IsInfinity</c>, <c>IsPositiveInfinity</c>, <c>IsNegativeInfinity</c> (and
    /// the float ones) as comparisons: a guard on data like any other (!(|v| &lt;= ∞); |v| &lt; ∞; |v| == ∞; v == ±∞).
    /// </summary>
    private Condition? Classification(string name, IOperation argument)
    {
        if (Real(argument) is not { } value)
        {
            return null;
        }

        RealType type = value.Type;
        RealExpr magnitude = new MathCall(type, MathFunction.Abs, new EquatableArray<RealExpr>(ImmutableArray.Create(value)));
        RealExpr infinity = new RealConstant(type, double.PositiveInfinity);
        return name switch
        {
            "IsNaN" => new Not(new RealCompare(CompareOperator.LessOrEqual, magnitude, infinity)), // v != v would warn (CS1718)
            "IsFinite" => new RealCompare(CompareOperator.Less, magnitude, infinity),
            "IsInfinity" => new RealCompare(CompareOperator.Equal, magnitude, infinity),
            "IsPositiveInfinity" => new RealCompare(CompareOperator.Equal, value, infinity),
            _ => new RealCompare(CompareOperator.Equal, value, new RealConstant(type, double.NegativeInfinity)),
        };
    }

    /// <summary>x, y, a learnable parameter or a local buffer, when <paramref name="instance"/> names one.</summary>
    private ArrayRef? ArrayOf(IOperation? instance)
    {
        switch (instance)
        {
            case IParameterReferenceOperation parameter when SymbolEqualityComparer.Default.Equals(parameter.Parameter.ContainingSymbol, _method):
                int ordinal = parameter.Parameter.Ordinal;
                return ordinal switch
                {
                    0 => new ArrayRef(ArrayKind.Input, 0),
                    1 => new ArrayRef(ArrayKind.Output, 0),
                    _ => new ArrayRef(ArrayKind.Parameter, ordinal - 2),
                };
            case ILocalReferenceOperation local when _buffers.TryGetValue(local.Local, out int buffer):
                return new ArrayRef(ArrayKind.Buffer, buffer);
            default:
                return null;
        }
    }

    private static RealOperator? RealOperatorOf(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.Add => RealOperator.Add,
        BinaryOperatorKind.Subtract => RealOperator.Subtract,
        BinaryOperatorKind.Multiply => RealOperator.Multiply,
        BinaryOperatorKind.Divide => RealOperator.Divide,
        _ => null,
    };

    private static IntOperator? IntOperatorOf(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.Add => IntOperator.Add,
        BinaryOperatorKind.Subtract => IntOperator.Subtract,
        BinaryOperatorKind.Multiply => IntOperator.Multiply,
        BinaryOperatorKind.Divide => IntOperator.Divide,
        BinaryOperatorKind.Remainder => IntOperator.Remainder,
        BinaryOperatorKind.LeftShift => IntOperator.ShiftLeft,
        BinaryOperatorKind.RightShift => IntOperator.ShiftRight,
        BinaryOperatorKind.UnsignedRightShift => IntOperator.UnsignedShiftRight,
        BinaryOperatorKind.And => IntOperator.And,
        BinaryOperatorKind.Or => IntOperator.Or,
        BinaryOperatorKind.ExclusiveOr => IntOperator.ExclusiveOr,
        _ => null,
    };

    private static CompareOperator? CompareOperatorOf(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.LessThan => CompareOperator.Less,
        BinaryOperatorKind.LessThanOrEqual => CompareOperator.LessOrEqual,
        BinaryOperatorKind.GreaterThan => CompareOperator.Greater,
        BinaryOperatorKind.GreaterThanOrEqual => CompareOperator.GreaterOrEqual,
        BinaryOperatorKind.Equals => CompareOperator.Equal,
        BinaryOperatorKind.NotEquals => CompareOperator.NotEqual,
        _ => null,
    };
}
